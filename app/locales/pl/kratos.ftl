# Kratos v1.3.1 messages, Polish. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Zaloguj się
kratos-1010002 = Zaloguj się przez { $provider }
kratos-1010003 = Potwierdź tę czynność, udowadniając, że to Ty.
kratos-1010004 = Dokończ drugi etap uwierzytelniania.
kratos-1010005 = Zweryfikuj
kratos-1010006 = Kod uwierzytelniający
kratos-1010007 = Kod zapasowy
kratos-1010008 = Zaloguj się kluczem bezpieczeństwa
kratos-1010009 = Użyj aplikacji uwierzytelniającej
kratos-1010010 = Użyj kodu zapasowego
kratos-1010011 = Zaloguj się kluczem bezpieczeństwa
kratos-1010012 = Przygotuj urządzenie WebAuthn (klucz bezpieczeństwa, czytnik linii papilarnych…) i naciśnij „Dalej”.
kratos-1010013 = Dalej
kratos-1010014 = Wysłaliśmy kod na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i spróbuj zalogować się ponownie.
kratos-1010015 = Wyślij kod logowania
kratos-1010016 = Próbujesz zalogować się jako „{ $duplicate_identifier }”, ale ten adres e-mail jest już używany przez inne konto. Zaloguj się na swoje konto jedną z poniższych metod, aby dodać „{ $duplicate_identifier }” w „{ $provider }” jako kolejny sposób logowania.
kratos-1010017 = Zaloguj się i połącz
kratos-1010018 = Potwierdź przez { $provider }
kratos-1010019 = Poproś o kod, aby kontynuować
kratos-1010021 = Zaloguj się kluczem dostępu
kratos-1010022 = Zaloguj się hasłem
kratos-1010023 = Wyślij kod na { $address }

## registration
kratos-1040001 = Zarejestruj się
kratos-1040002 = Zarejestruj się przez { $provider }
kratos-1040003 = Dalej
kratos-1040004 = Zarejestruj się kluczem bezpieczeństwa
kratos-1040005 = Wysłaliśmy kod na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i spróbuj zarejestrować się ponownie.
kratos-1040006 = Wyślij kod rejestracji
kratos-1040007 = Zarejestruj się kluczem dostępu
kratos-1040008 = Wstecz
kratos-1040009 = Wybierz, w jaki sposób chcesz się uwierzytelniać.

## settings
kratos-1050001 = Zmiany zostały zapisane!
kratos-1050002 = Połącz z { $provider }
kratos-1050003 = Odłącz { $provider }
kratos-1050004 = Odłącz aplikację uwierzytelniającą
kratos-1050005 = Kod QR dla aplikacji uwierzytelniającej
kratos-1050006 = { $secret }
kratos-1050007 = Pokaż kody zapasowe
kratos-1050008 = Wygeneruj nowe kody zapasowe
kratos-1050009 = { $secret }
kratos-1050010 = To są Twoje kody zapasowe. Przechowuj je w bezpiecznym miejscu!
kratos-1050011 = Potwierdź kody zapasowe
kratos-1050012 = Dodaj klucz bezpieczeństwa
kratos-1050013 = Nazwa klucza bezpieczeństwa
kratos-1050014 = Użyty { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Wyłącz tę metodę
kratos-1050017 = To jest sekretny klucz Twojej aplikacji uwierzytelniającej. Użyj go, jeśli nie możesz zeskanować kodu QR.
kratos-1050018 = Usuń klucz bezpieczeństwa „{ $display_name }”
kratos-1050019 = Dodaj klucz dostępu
kratos-1050020 = Usuń klucz dostępu „{ $display_name }”

## recovery
kratos-1060001 = Odzyskano dostęp do konta. Zmień hasło lub skonfiguruj inną metodę logowania (np. przez serwis społecznościowy) { $privileged_session_expires_at_minutes ->
        [one] w ciągu najbliższej minuty
        [few] w ciągu najbliższych { $privileged_session_expires_at_minutes } minut
        [many] w ciągu najbliższych { $privileged_session_expires_at_minutes } minut
       *[other] w ciągu najbliższych { $privileged_session_expires_at_minutes } minuty
    }.
kratos-1060002 = Wysłaliśmy link do odzyskiwania konta na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i upewnij się, że to adres użyty przy rejestracji.
kratos-1060003 = Wysłaliśmy kod odzyskiwania konta na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i upewnij się, że to adres użyty przy rejestracji.

## node
kratos-1070001 = Hasło
kratos-1070002 = { $title }
kratos-1070003 = Zapisz
kratos-1070004 = Identyfikator
kratos-1070005 = Wyślij
kratos-1070006 = Zweryfikuj kod
kratos-1070007 = E-mail
kratos-1070008 = Wyślij kod ponownie
kratos-1070009 = Dalej
kratos-1070010 = Kod odzyskiwania
kratos-1070011 = Kod weryfikacyjny
kratos-1070012 = Kod rejestracji
kratos-1070013 = Kod logowania
kratos-1070014 = Zaloguj się i połącz dane logowania
kratos-1070015 = Rozwiąż captchę, aby kontynuować.

## verification
kratos-1080001 = Wysłaliśmy link weryfikacyjny na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i upewnij się, że to adres użyty przy rejestracji.
kratos-1080002 = Adres e-mail został zweryfikowany.
kratos-1080003 = Wysłaliśmy kod weryfikacyjny na podany adres e-mail. Jeśli wiadomość nie dotarła, sprawdź pisownię adresu i upewnij się, że to adres użyty przy rejestracji.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Brak pola { $property }.
kratos-4000003 = { $min_length ->
        [one] Wymagany jest co najmniej { $min_length } znak
        [few] Wymagane są co najmniej { $min_length } znaki
        [many] Wymaganych jest co najmniej { $min_length } znaków
       *[other] Wymagane jest co najmniej { $min_length } znaku
    } (jest { $actual_length }).
kratos-4000004 = Nie pasuje do wzorca „{ $pattern }”.
kratos-4000005 = Tego hasła nie można użyć: { $reason }.
kratos-4000006 = Nieprawidłowe dane logowania. Sprawdź, czy hasło oraz nazwa użytkownika, adres e-mail lub numer telefonu są wpisane poprawnie.
kratos-4000007 = Konto z takim identyfikatorem (e-mail, telefon, nazwa użytkownika…) już istnieje.
kratos-4000008 = Nieprawidłowy kod uwierzytelniający. Spróbuj ponownie.
kratos-4000009 = Nie znaleziono żadnych identyfikatorów logowania. Czy zapomniano je ustawić? Przyczyną może być też błędna konfiguracja serwera.
kratos-4000010 = Konto nie jest jeszcze aktywne. Czy adres e-mail został zweryfikowany?
kratos-4000011 = Nie masz skonfigurowanej aplikacji uwierzytelniającej.
kratos-4000012 = Ten kod zapasowy został już użyty.
kratos-4000013 = Nie masz skonfigurowanego urządzenia WebAuthn.
kratos-4000014 = Nie masz skonfigurowanych kodów zapasowych.
kratos-4000015 = To konto nie istnieje lub nie ma klucza bezpieczeństwa.
kratos-4000016 = Kod zapasowy jest nieprawidłowy.
kratos-4000017 = { $max_length ->
        [one] Dozwolony jest najwyżej { $max_length } znak
        [few] Dozwolone są najwyżej { $max_length } znaki
        [many] Dozwolonych jest najwyżej { $max_length } znaków
       *[other] Dozwolone jest najwyżej { $max_length } znaku
    } (jest { $actual_length }).
kratos-4000018 = Wartość musi wynosić co najmniej { $minimum }, a wynosi { $actual }.
kratos-4000019 = Wartość musi być większa niż { $minimum }, a wynosi { $actual }.
kratos-4000020 = Wartość może wynosić najwyżej { $maximum }, a wynosi { $actual }.
kratos-4000021 = Wartość musi być mniejsza niż { $maximum }, a wynosi { $actual }.
kratos-4000022 = { $actual } nie jest wielokrotnością { $base }.
kratos-4000023 = { $max_items ->
        [one] Dozwolony jest najwyżej { $max_items } element
        [few] Dozwolone są najwyżej { $max_items } elementy
        [many] Dozwolonych jest najwyżej { $max_items } elementów
       *[other] Dozwolone jest najwyżej { $max_items } elementu
    } (jest { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Wymagany jest co najmniej { $min_items } element
        [few] Wymagane są co najmniej { $min_items } elementy
        [many] Wymaganych jest co najmniej { $min_items } elementów
       *[other] Wymagane jest co najmniej { $min_items } elementu
    } (jest { $actual_items }).
kratos-4000025 = Elementy na pozycjach { $index_a } i { $index_b } są takie same.
kratos-4000026 = Oczekiwano: { $allowed_types }, otrzymano: { $actual_type }.
kratos-4000027 = Konto z takim identyfikatorem (e-mail, telefon, nazwa użytkownika…) już istnieje. Zaloguj się na swoje konto, aby połączyć z nim profil społecznościowy.
kratos-4000028 = Próbujesz zalogować się, używając identyfikatora, który należy już do innego konta: { $credential_identifier_hint }.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Możesz zalogować się, używając: { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Możesz zalogować się przez jeden z tych serwisów: { $available_oidc_providers }.
    }
kratos-4000029 = Wartość musi być równa { $expected }.
kratos-4000030 = Wartość jest inna niż oczekiwana.
kratos-4000031 = Tego hasła nie można użyć, ponieważ jest zbyt podobne do identyfikatora.
kratos-4000032 = Hasło musi mieć co najmniej { $min_length ->
        [one] { $min_length } znak
        [few] { $min_length } znaki
        [many] { $min_length } znaków
       *[other] { $min_length } znaku
    } (ma { $actual_length }).
kratos-4000033 = Hasło może mieć najwyżej { $max_length ->
        [one] { $max_length } znak
        [few] { $max_length } znaki
        [many] { $max_length } znaków
       *[other] { $max_length } znaku
    } (ma { $actual_length }).
kratos-4000034 = To hasło pojawiło się w wyciekach danych i nie może być już używane.
kratos-4000035 = To konto nie istnieje lub nie ma skonfigurowanego logowania kodem.
kratos-4000036 = Podane dane nie zgadzają się z danymi powiązanymi wcześniej z tym procesem.
kratos-4000037 = To konto nie istnieje lub nie ma skonfigurowanej żadnej metody logowania.
kratos-4000038 = Weryfikacja captcha nie powiodła się. Spróbuj ponownie.

## login errors
kratos-4010001 = Logowanie wygasło { $expired_at_minutes ->
        [one] minutę temu
        [few] { $expired_at_minutes } minuty temu
        [many] { $expired_at_minutes } minut temu
       *[other] { $expired_at_minutes } minuty temu
    }. Spróbuj ponownie.
kratos-4010002 = Nie znaleziono sposobu, by Cię zalogować. Czy formularz został poprawnie wypełniony?
kratos-4010003 = Nie znaleziono sposobu, by Cię zarejestrować. Czy formularz został poprawnie wypełniony?
kratos-4010004 = Nie znaleziono sposobu, by zaktualizować ustawienia. Czy formularz został poprawnie wypełniony?
kratos-4010005 = Nie znaleziono sposobu, by odzyskać Twoje konto. Czy formularz został poprawnie wypełniony?
kratos-4010006 = Nie znaleziono sposobu, by zweryfikować Twoje konto. Czy formularz został poprawnie wypełniony?
kratos-4010007 = To żądanie zostało już pomyślnie zakończone i nie można go powtórzyć.
kratos-4010008 = Kod logowania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.
kratos-4010009 = Powiązane dane logowania nie są zgodne.
kratos-4010010 = Podany adres nie pasuje do żadnego ze znanych adresów tego konta.

## registration errors
kratos-4040001 = Rejestracja wygasła { $expired_at_minutes ->
        [one] minutę temu
        [few] { $expired_at_minutes } minuty temu
        [many] { $expired_at_minutes } minut temu
       *[other] { $expired_at_minutes } minuty temu
    }. Spróbuj ponownie.
kratos-4040002 = To żądanie zostało już pomyślnie zakończone i nie można go powtórzyć.
kratos-4040003 = Kod rejestracji jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## settings errors
kratos-4050001 = Zmiana ustawień wygasła { $expired_at_minutes ->
        [one] minutę temu
        [few] { $expired_at_minutes } minuty temu
        [many] { $expired_at_minutes } minut temu
       *[other] { $expired_at_minutes } minuty temu
    }. Spróbuj ponownie.

## recovery errors
kratos-4060001 = To żądanie zostało już pomyślnie zakończone i nie można go powtórzyć.
kratos-4060002 = Odzyskiwanie konta nie powiodło się i trzeba je powtórzyć.
kratos-4060004 = Link do odzyskiwania konta jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4060005 = Odzyskiwanie konta wygasło { $expired_at_minutes ->
        [one] minutę temu
        [few] { $expired_at_minutes } minuty temu
        [many] { $expired_at_minutes } minut temu
       *[other] { $expired_at_minutes } minuty temu
    }. Spróbuj ponownie.
kratos-4060006 = Kod odzyskiwania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## verification errors
kratos-4070001 = Link weryfikacyjny jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4070002 = To żądanie zostało już pomyślnie zakończone i nie można go powtórzyć.
kratos-4070003 = Weryfikacja nie powiodła się i trzeba ją powtórzyć.
kratos-4070005 = Weryfikacja wygasła { $expired_at_minutes ->
        [one] minutę temu
        [few] { $expired_at_minutes } minuty temu
        [many] { $expired_at_minutes } minut temu
       *[other] { $expired_at_minutes } minuty temu
    }. Spróbuj ponownie.
kratos-4070006 = Kod weryfikacyjny jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = hasła
kratos-credential-type-oidc = serwisu społecznościowego
kratos-credential-type-webauthn = klucza dostępu lub klucza bezpieczeństwa
kratos-credential-type-passkey = klucza dostępu
kratos-credential-identifier-fallback = adres e-mail, telefon lub nazwa użytkownika
