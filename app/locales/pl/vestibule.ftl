page-title = { $title } · { $brand }
flow-title-login = Zaloguj się
flow-title-login-second-factor = Drugi etap uwierzytelniania
flow-title-login-refresh = Potwierdź, że to Ty
flow-title-registration = Utwórz konto
flow-title-recovery = Odzyskaj konto
flow-title-verification = Zweryfikuj konto
flow-title-settings = Ustawienia konta
link-sign-up = Utwórz konto
link-forgot-password = Nie pamiętasz hasła?
link-have-account = Masz już konto? Zaloguj się
link-back-to-sign-in = Wróć do logowania
link-back-to-account = Wróć do konta
link-sign-out = Wyloguj się
settings-heading-profile = Profil
settings-heading-password = Hasło
settings-heading-lookup-secret = Kody zapasowe weryfikacji dwuetapowej
settings-heading-totp = Aplikacja uwierzytelniająca do weryfikacji dwuetapowej
settings-heading-webauthn = Klucze bezpieczeństwa
settings-heading-passkey = Klucze dostępu
settings-heading-oidc = Logowanie przez serwisy społecznościowe
node-needs-javascript = Ta opcja wymaga JavaScriptu.
welcome-title = Witaj
welcome-heading = Witaj
welcome-signed-in-as = Zalogowano jako { $email }.
welcome-assurance-level = Poziom zabezpieczeń
welcome-signed-in-with = Zalogowano za pomocą
welcome-link-settings = Ustawienia konta
welcome-link-sessions = Szczegóły sesji
welcome-signed-out = Nie zalogowano się.
welcome-link-sign-in = Zaloguj się
sessions-title = Sesja
sessions-heading = Twoja sesja
link-back = Wstecz
error-details-status = status: { $status }
error-details-id = id: { $id }
error-technical-details = Szczegóły techniczne
error-link-home = Przejdź do konta
error-retry = Spróbuj ponownie
error-start-again = Zacznij od nowa
error-sign-in-again = Zaloguj się ponownie
error-unavailable-title = Logowanie jest niedostępne
error-unavailable-message = Usługa tożsamości jest teraz nieosiągalna. Spróbuj ponownie za chwilę.
error-generic-title = Coś poszło nie tak
error-malformed-message = Usługa tożsamości wysłała odpowiedź, której ta strona nie potrafi odczytać. Spróbuj ponownie.
error-refused-message = Usługa tożsamości odrzuciła to żądanie.
error-bad-request-title = Ten link jest niepełny
error-missing-id-message = Ta strona błędu wymaga identyfikatora błędu (?id=…).
error-unknown-id-message = Ten błąd jest nieznany (mógł wygasnąć). Zacznij od nowa.
error-not-found-title = Nie znaleziono strony
error-not-found-message = Pod tym adresem nic nie ma.
error-stored-title = Wystąpił błąd
webauthn-insecure-context = Klucze dostępu i klucze bezpieczeństwa wymagają bezpiecznego połączenia: ta strona musi być udostępniana przez HTTPS (lub z localhost).
webauthn-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu ani kluczy bezpieczeństwa. Użyj aktualnej przeglądarki lub zaloguj się w inny sposób.
webauthn-script-failed = Nie udało się wczytać skryptu kluczy dostępu. Sprawdź połączenie i odśwież stronę.
webauthn-cancelled = Żądanie klucza dostępu lub klucza bezpieczeństwa zostało anulowane albo wygasło. Spróbuj ponownie.
webauthn-already-registered = Ten klucz dostępu lub klucz bezpieczeństwa jest już zarejestrowany dla tego konta.
webauthn-security = Przeglądarka odrzuciła żądanie: adres tej strony nie pasuje do domeny, do której należy klucz dostępu.
webauthn-failed = Operacja z kluczem dostępu lub kluczem bezpieczeństwa nie powiodła się.
webauthn-failed-detail = Operacja z kluczem dostępu lub kluczem bezpieczeństwa nie powiodła się: { $detail }
webauthn-not-ready = Ta czynność z kluczem dostępu lub kluczem bezpieczeństwa jest niedostępna. Odśwież stronę i spróbuj ponownie.
webauthn-rp-mismatch = Ta strona jest udostępniana z { $host }, ale jej klucze dostępu i klucze bezpieczeństwa należą do { $rp_id }. Otwórz stronę pod adresem { $rp_id } (lub w jego subdomenie).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Polski
language-menu-label = Język

## Sign-in steps (identifier first: the account in use)
identifier-change = Użyj innego konta

## OAuth2 consent (Hydra)
consent-title = Zezwól na dostęp
# $client is shown in its own element.
consent-heading = Czy zezwolić aplikacji { $client } na dostęp do Twojego konta?
consent-asks = Aplikacja prosi o:
consent-scope-openid = Informację, kim jesteś (wymagane)
consent-scope-email = Dostęp do Twojego adresu e-mail
consent-scope-profile = Dostęp do Twojego imienia i nazwiska
consent-scope-offline = Pozostanie połączoną, gdy Cię nie ma
consent-remember = Zapamiętaj tę decyzję
consent-allow = Zezwól
consent-deny = Odmów
consent-link-website = Strona aplikacji
consent-link-policy = Polityka prywatności
consent-link-tos = Warunki korzystania

## OAuth2 sign-out (Hydra)
logout-title = Wyloguj się
logout-question = Czy chcesz się wylogować?
logout-question-client = { $client } prosi o wylogowanie. Czy chcesz się wylogować?
logout-accept = Tak, wyloguj mnie
logout-reject = Nie, pozostań zalogowany

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Usługa autoryzacji jest teraz niedostępna. Spróbuj ponownie za chwilę.
error-hydra-malformed-message = Usługa autoryzacji wysłała odpowiedź, której ta strona nie potrafi odczytać. Spróbuj ponownie.
error-too-large-message = Usługa tożsamości wysłała zbyt dużą odpowiedź. Spróbuj ponownie.
error-hydra-too-large-message = Usługa autoryzacji wysłała zbyt dużą odpowiedź. Spróbuj ponownie.
error-hydra-answered-title = To żądanie zostało już obsłużone
error-hydra-answered-message = Ten krok logowania został już zakończony. Kontynuuj, aby ponownie rozpocząć autoryzację.
error-continue = Kontynuuj
error-hydra-invalid-title = Tego żądania logowania nie można użyć
error-hydra-invalid-message = Żądanie jest nieznane, wygasło lub zostało już użyte. Wróć do aplikacji i zaloguj się ponownie.
error-hydra-expired-title = To żądanie logowania wygasło
error-hydra-expired-message = Nie zostało ukończone na czas. Wróć do aplikacji i zaloguj się ponownie.
error-csrf-title = Ten formularz wygasł
error-csrf-message = Formularz wysłano bez ważnego tokenu bezpieczeństwa (CSRF). Wróć, odśwież stronę i spróbuj ponownie.
error-oauth2-off-title = OAuth2 nie jest skonfigurowane
error-oauth2-off-message = Ten serwer uruchomiono bez HYDRA_ADMIN_URL, więc nie odpowiada na żądania zgody ani wylogowania OAuth2.
error-no-randomness-message = Nie udało się zabezpieczyć tej strony. Spróbuj ponownie.
error-oauth2-title = Nie udało się zrealizować żądania aplikacji
error-oauth2-message = Żądanie autoryzacji nie powiodło się.
error-missing-consent-challenge = Ta strona zgody wymaga parametru consent_challenge, który wysyła Hydra. Wróć do aplikacji i zaloguj się ponownie.
error-missing-consent-decision = Formularz zgody wysłano bez decyzji (Zezwól lub Odmów).
error-missing-logout-challenge = Ta strona wylogowania wymaga parametru logout_challenge, który wysyła Hydra.
error-missing-logout-answer = Formularz wylogowania wysłano bez odpowiedzi (Tak lub Nie).

## Redesign (issue 15)
identifier-use-another-address = Użyj innego adresu
settings-nav-label = Sekcje ustawień
settings-button-profile = Zapisz profil
settings-button-password = Zmień hasło
settings-button-totp = Włącz aplikację uwierzytelniającą
forms-divider-or = lub

datetime-utc = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }, { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Kontynuuj z adresem e-mail
continue-heading = Kontynuuj z adresem e-mail
continue-intro = Zaloguj się lub utwórz konto, podając swój adres e-mail. Wyślemy Ci kod.
continue-email-label = Adres e-mail
continue-submit = Kontynuuj
continue-other-ways = Inne sposoby logowania
continue-code-title = Wpisz kod
continue-code-heading = Wpisz kod
continue-code-sent = Wpisz kod, który wysłaliśmy na adres { $address }.
continue-code-label = Kod
continue-resend = Wyślij nowy kod
continue-expired-message = Trwało to zbyt długo. Kontynuuj ponownie, aby otrzymać kod.
continue-refused-message = Tego adresu nie można tu użyć. Sprawdź go i spróbuj ponownie.
