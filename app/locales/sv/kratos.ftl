# Kratos v1.3.1 messages, Swedish. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Logga in
kratos-1010002 = Logga in med { $provider }
kratos-1010003 = Bekräfta åtgärden genom att visa att det är du.
kratos-1010004 = Slutför det andra inloggningssteget.
kratos-1010005 = Verifiera
kratos-1010006 = Autentiseringskod
kratos-1010007 = Reservkod
kratos-1010008 = Logga in med säkerhetsnyckel
kratos-1010009 = Använd autentiseringsappen
kratos-1010010 = Använd en reservkod
kratos-1010011 = Logga in med säkerhetsnyckel
kratos-1010012 = Ha din WebAuthn-enhet redo (säkerhetsnyckel, fingeravtrycksläsare …) och tryck på ”Fortsätt”.
kratos-1010013 = Fortsätt
kratos-1010014 = Vi har skickat en kod till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och försök logga in igen.
kratos-1010015 = Skicka inloggningskod
kratos-1010016 = Du försökte logga in med ”{ $duplicate_identifier }”, men den e-postadressen används redan av ett annat konto. Logga in på ditt konto med något av alternativen nedan för att lägga till ”{ $duplicate_identifier }” hos ”{ $provider }” som ytterligare ett sätt att logga in.
kratos-1010017 = Logga in och koppla
kratos-1010018 = Bekräfta med { $provider }
kratos-1010019 = Begär en kod för att fortsätta
kratos-1010021 = Logga in med nyckel (passkey)
kratos-1010022 = Logga in med lösenord
kratos-1010023 = Skicka kod till { $address }

## registration
kratos-1040001 = Registrera dig
kratos-1040002 = Registrera dig med { $provider }
kratos-1040003 = Fortsätt
kratos-1040004 = Registrera dig med säkerhetsnyckel
kratos-1040005 = Vi har skickat en kod till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och försök registrera dig igen.
kratos-1040006 = Skicka registreringskod
kratos-1040007 = Registrera dig med nyckel (passkey)
kratos-1040008 = Tillbaka
kratos-1040009 = Välj hur du vill identifiera dig.

## settings
kratos-1050001 = Dina ändringar har sparats!
kratos-1050002 = Koppla { $provider }
kratos-1050003 = Koppla bort { $provider }
kratos-1050004 = Koppla bort autentiseringsappen
kratos-1050005 = QR-kod för autentiseringsappen
kratos-1050006 = { $secret }
kratos-1050007 = Visa reservkoder
kratos-1050008 = Skapa nya reservkoder
kratos-1050009 = { $secret }
kratos-1050010 = Det här är dina reservkoder. Förvara dem på ett säkert ställe!
kratos-1050011 = Bekräfta reservkoder
kratos-1050012 = Lägg till säkerhetsnyckel
kratos-1050013 = Säkerhetsnyckelns namn
kratos-1050014 = Använd { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Inaktivera den här metoden
kratos-1050017 = Det här är den hemliga nyckeln för din autentiseringsapp. Använd den om du inte kan skanna QR-koden.
kratos-1050018 = Ta bort säkerhetsnyckeln ”{ $display_name }”
kratos-1050019 = Lägg till nyckel (passkey)
kratos-1050020 = Ta bort nyckeln ”{ $display_name }”

## recovery
kratos-1060001 = Ditt konto har återställts. Byt lösenord eller lägg till ett annat sätt att logga in (t.ex. via sociala medier) { $privileged_session_expires_at_minutes ->
        [one] inom en minut
       *[other] inom { $privileged_session_expires_at_minutes } minuter
    }.
kratos-1060002 = Vi har skickat en återställningslänk till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och att det är den du registrerade dig med.
kratos-1060003 = Vi har skickat en återställningskod till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och att det är den du registrerade dig med.

## node
kratos-1070001 = Lösenord
kratos-1070002 = { $title }
kratos-1070003 = Spara
kratos-1070004 = ID
kratos-1070005 = Skicka
kratos-1070006 = Verifiera kod
kratos-1070007 = E-post
kratos-1070008 = Skicka koden igen
kratos-1070009 = Fortsätt
kratos-1070010 = Återställningskod
kratos-1070011 = Verifieringskod
kratos-1070012 = Registreringskod
kratos-1070013 = Inloggningskod
kratos-1070014 = Logga in och koppla inloggningsuppgift
kratos-1070015 = Lös captchan för att fortsätta.

## verification
kratos-1080001 = Vi har skickat en verifieringslänk till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och att det är den du registrerade dig med.
kratos-1080002 = Din e-postadress har verifierats.
kratos-1080003 = Vi har skickat en verifieringskod till e-postadressen du angav. Om inget mejl kommer fram, kontrollera att adressen är rätt stavad och att det är den du registrerade dig med.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Fältet { $property } saknas.
kratos-4000003 = Minst { $min_length } tecken krävs (nu { $actual_length }).
kratos-4000004 = Matchar inte mönstret ”{ $pattern }”.
kratos-4000005 = Lösenordet kan inte användas: { $reason }.
kratos-4000006 = Inloggningsuppgifterna är ogiltiga. Kontrollera stavningen av lösenordet och användarnamnet, e-postadressen eller telefonnumret.
kratos-4000007 = Det finns redan ett konto med samma identifierare (e-post, telefon, användarnamn …).
kratos-4000008 = Autentiseringskoden är ogiltig. Försök igen.
kratos-4000009 = Inga inloggningsidentifierare hittades. Har de inte ställts in? Det kan också bero på ett konfigurationsfel på servern.
kratos-4000010 = Kontot är inte aktivt än. Har du verifierat din e-postadress?
kratos-4000011 = Du har ingen autentiseringsapp inställd.
kratos-4000012 = Den här reservkoden har redan använts.
kratos-4000013 = Du har ingen WebAuthn-enhet inställd.
kratos-4000014 = Du har inga reservkoder inställda.
kratos-4000015 = Kontot finns inte eller har ingen säkerhetsnyckel.
kratos-4000016 = Reservkoden är ogiltig.
kratos-4000017 = Högst { $max_length } tecken tillåts (nu { $actual_length }).
kratos-4000018 = Måste vara minst { $minimum }, men är { $actual }.
kratos-4000019 = Måste vara större än { $minimum }, men är { $actual }.
kratos-4000020 = Får vara högst { $maximum }, men är { $actual }.
kratos-4000021 = Måste vara mindre än { $maximum }, men är { $actual }.
kratos-4000022 = { $actual } är inte en multipel av { $base }.
kratos-4000023 = { $max_items ->
        [one] Högst { $max_items } post tillåts
       *[other] Högst { $max_items } poster tillåts
    } (nu { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Minst { $min_items } post krävs
       *[other] Minst { $min_items } poster krävs
    } (nu { $actual_items }).
kratos-4000025 = Posterna på plats { $index_a } och { $index_b } är lika.
kratos-4000026 = Förväntade { $allowed_types }, men fick { $actual_type }.
kratos-4000027 = Det finns redan ett konto med samma identifierare (e-post, telefon, användarnamn …). Logga in på ditt befintliga konto för att koppla din profil från sociala medier.
kratos-4000028 = Du försökte logga in med { $credential_identifier_hint }, men den identifieraren används redan av ett annat konto.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Du kan logga in med { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Du kan logga in via någon av dessa tjänster: { $available_oidc_providers }.
    }
kratos-4000029 = Måste vara lika med { $expected }.
kratos-4000030 = Värdet är inte det förväntade.
kratos-4000031 = Lösenordet kan inte användas eftersom det liknar identifieraren för mycket.
kratos-4000032 = Lösenordet måste vara minst { $min_length } tecken långt (nu { $actual_length }).
kratos-4000033 = Lösenordet får vara högst { $max_length } tecken långt (nu { $actual_length }).
kratos-4000034 = Lösenordet finns i läckta data och får inte längre användas.
kratos-4000035 = Kontot finns inte eller har inte ställt in inloggning med kod.
kratos-4000036 = De angivna uppgifterna stämmer inte med dem som tidigare angavs i det här steget.
kratos-4000037 = Kontot finns inte eller har inget sätt att logga in inställt.
kratos-4000038 = Captcha-kontrollen misslyckades. Försök igen.

## login errors
kratos-4010001 = Inloggningen gick ut för { $expired_at_minutes ->
        [one] { $expired_at_minutes } minut
       *[other] { $expired_at_minutes } minuter
    } sedan. Försök igen.
kratos-4010002 = Inget sätt att logga in dig hittades. Har du fyllt i formuläret rätt?
kratos-4010003 = Inget sätt att registrera dig hittades. Har du fyllt i formuläret rätt?
kratos-4010004 = Inget sätt att uppdatera dina inställningar hittades. Har du fyllt i formuläret rätt?
kratos-4010005 = Inget sätt att återställa ditt konto hittades. Har du fyllt i formuläret rätt?
kratos-4010006 = Inget sätt att verifiera ditt konto hittades. Har du fyllt i formuläret rätt?
kratos-4010007 = Begäran har redan slutförts och kan inte göras om.
kratos-4010008 = Inloggningskoden är ogiltig eller har redan använts. Försök igen.
kratos-4010009 = De kopplade inloggningsuppgifterna stämmer inte överens.
kratos-4010010 = Adressen du angav matchar ingen av kontots kända adresser.

## registration errors
kratos-4040001 = Registreringen gick ut för { $expired_at_minutes ->
        [one] { $expired_at_minutes } minut
       *[other] { $expired_at_minutes } minuter
    } sedan. Försök igen.
kratos-4040002 = Begäran har redan slutförts och kan inte göras om.
kratos-4040003 = Registreringskoden är ogiltig eller har redan använts. Försök igen.

## settings errors
kratos-4050001 = Ändringen av inställningarna gick ut för { $expired_at_minutes ->
        [one] { $expired_at_minutes } minut
       *[other] { $expired_at_minutes } minuter
    } sedan. Försök igen.

## recovery errors
kratos-4060001 = Begäran har redan slutförts och kan inte göras om.
kratos-4060002 = Återställningen av kontot misslyckades och måste göras om.
kratos-4060004 = Återställningslänken är ogiltig eller har redan använts. Börja om.
kratos-4060005 = Återställningen av kontot gick ut för { $expired_at_minutes ->
        [one] { $expired_at_minutes } minut
       *[other] { $expired_at_minutes } minuter
    } sedan. Försök igen.
kratos-4060006 = Återställningskoden är ogiltig eller har redan använts. Försök igen.

## verification errors
kratos-4070001 = Verifieringslänken är ogiltig eller har redan använts. Börja om.
kratos-4070002 = Begäran har redan slutförts och kan inte göras om.
kratos-4070003 = Verifieringen misslyckades och måste göras om.
kratos-4070005 = Verifieringen gick ut för { $expired_at_minutes ->
        [one] { $expired_at_minutes } minut
       *[other] { $expired_at_minutes } minuter
    } sedan. Försök igen.
kratos-4070006 = Verifieringskoden är ogiltig eller har redan använts. Försök igen.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = ditt lösenord
kratos-credential-type-oidc = sociala medier
kratos-credential-type-webauthn = din nyckel (passkey) eller en säkerhetsnyckel
kratos-credential-type-passkey = din nyckel (passkey)
kratos-credential-identifier-fallback = en e-postadress, ett telefonnummer eller ett användarnamn
