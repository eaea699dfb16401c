# Kratos v1.3.1 messages, Dutch. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Inloggen
kratos-1010002 = Inloggen met { $provider }
kratos-1010003 = Bevestig deze actie door te laten zien dat jij het bent.
kratos-1010004 = Voltooi de tweede verificatiestap.
kratos-1010005 = Verifiëren
kratos-1010006 = Authenticatiecode
kratos-1010007 = Back-upcode
kratos-1010008 = Inloggen met beveiligingssleutel
kratos-1010009 = Authenticator-app gebruiken
kratos-1010010 = Back-upcode gebruiken
kratos-1010011 = Inloggen met beveiligingssleutel
kratos-1010012 = Houd je WebAuthn-apparaat bij de hand (beveiligingssleutel, vingerafdrukscanner …) en klik op ‘Doorgaan’.
kratos-1010013 = Doorgaan
kratos-1010014 = We hebben een code gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en probeer opnieuw in te loggen.
kratos-1010015 = Inlogcode sturen
kratos-1010016 = Je probeerde in te loggen met ‘{ $duplicate_identifier }’, maar dat e-mailadres wordt al door een ander account gebruikt. Log met een van de onderstaande opties in op je account om ‘{ $duplicate_identifier }’ bij ‘{ $provider }’ toe te voegen als extra manier om in te loggen.
kratos-1010017 = Inloggen en koppelen
kratos-1010018 = Bevestigen met { $provider }
kratos-1010019 = Code aanvragen om door te gaan
kratos-1010021 = Inloggen met passkey
kratos-1010022 = Inloggen met wachtwoord
kratos-1010023 = Code sturen naar { $address }

## registration
kratos-1040001 = Registreren
kratos-1040002 = Registreren met { $provider }
kratos-1040003 = Doorgaan
kratos-1040004 = Registreren met beveiligingssleutel
kratos-1040005 = We hebben een code gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en probeer opnieuw te registreren.
kratos-1040006 = Registratiecode sturen
kratos-1040007 = Registreren met passkey
kratos-1040008 = Terug
kratos-1040009 = Kies hoe je je wilt aanmelden.

## settings
kratos-1050001 = Je wijzigingen zijn opgeslagen.
kratos-1050002 = { $provider } koppelen
kratos-1050003 = { $provider } ontkoppelen
kratos-1050004 = Authenticator-app ontkoppelen
kratos-1050005 = QR-code voor de authenticator-app
kratos-1050006 = { $secret }
kratos-1050007 = Back-upcodes tonen
kratos-1050008 = Nieuwe back-upcodes maken
kratos-1050009 = { $secret }
kratos-1050010 = Dit zijn je back-upcodes. Bewaar ze op een veilige plek!
kratos-1050011 = Back-upcodes bevestigen
kratos-1050012 = Beveiligingssleutel toevoegen
kratos-1050013 = Naam van de beveiligingssleutel
kratos-1050014 = Gebruikt op { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Deze methode uitschakelen
kratos-1050017 = Dit is de geheime sleutel voor je authenticator-app. Gebruik hem als je de QR-code niet kunt scannen.
kratos-1050018 = Beveiligingssleutel ‘{ $display_name }’ verwijderen
kratos-1050019 = Passkey toevoegen
kratos-1050020 = Passkey ‘{ $display_name }’ verwijderen

## recovery
kratos-1060001 = Je account is hersteld. Wijzig je wachtwoord of stel een andere inlogmethode in (bijvoorbeeld via sociale media) { $privileged_session_expires_at_minutes ->
        [one] binnen een minuut
       *[other] binnen { $privileged_session_expires_at_minutes } minuten
    }.
kratos-1060002 = We hebben een herstellink gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en of het het adres is waarmee je je hebt geregistreerd.
kratos-1060003 = We hebben een herstelcode gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en of het het adres is waarmee je je hebt geregistreerd.

## node
kratos-1070001 = Wachtwoord
kratos-1070002 = { $title }
kratos-1070003 = Opslaan
kratos-1070004 = ID
kratos-1070005 = Versturen
kratos-1070006 = Code verifiëren
kratos-1070007 = E-mailadres
kratos-1070008 = Code opnieuw sturen
kratos-1070009 = Doorgaan
kratos-1070010 = Herstelcode
kratos-1070011 = Verificatiecode
kratos-1070012 = Registratiecode
kratos-1070013 = Inlogcode
kratos-1070014 = Inloggen en inloggegevens koppelen
kratos-1070015 = Voltooi de captcha om door te gaan.

## verification
kratos-1080001 = We hebben een verificatielink gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en of het het adres is waarmee je je hebt geregistreerd.
kratos-1080002 = Je e-mailadres is geverifieerd.
kratos-1080003 = We hebben een verificatiecode gestuurd naar het opgegeven e-mailadres. Geen e-mail ontvangen? Controleer of het adres goed is gespeld en of het het adres is waarmee je je hebt geregistreerd.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Het veld { $property } ontbreekt.
kratos-4000003 = { $min_length ->
        [one] Minimaal { $min_length } teken vereist
       *[other] Minimaal { $min_length } tekens vereist
    } (nu { $actual_length }).
kratos-4000004 = Komt niet overeen met het patroon ‘{ $pattern }’.
kratos-4000005 = Dit wachtwoord kan niet worden gebruikt: { $reason }.
kratos-4000006 = De inloggegevens zijn ongeldig. Controleer je wachtwoord en je gebruikersnaam, e-mailadres of telefoonnummer op typefouten.
kratos-4000007 = Er bestaat al een account met dezelfde gegevens (e-mailadres, telefoonnummer, gebruikersnaam …).
kratos-4000008 = De authenticatiecode is ongeldig. Probeer het opnieuw.
kratos-4000009 = Er zijn geen inloggegevens gevonden. Ben je vergeten ze in te stellen? Het kan ook aan een verkeerde serverconfiguratie liggen.
kratos-4000010 = Het account is nog niet actief. Heb je je e-mailadres al geverifieerd?
kratos-4000011 = Je hebt geen authenticator-app ingesteld.
kratos-4000012 = Deze back-upcode is al gebruikt.
kratos-4000013 = Je hebt geen WebAuthn-apparaat ingesteld.
kratos-4000014 = Je hebt geen back-upcodes ingesteld.
kratos-4000015 = Dit account bestaat niet of heeft geen beveiligingssleutel.
kratos-4000016 = De back-upcode is ongeldig.
kratos-4000017 = { $max_length ->
        [one] Maximaal { $max_length } teken toegestaan
       *[other] Maximaal { $max_length } tekens toegestaan
    } (nu { $actual_length }).
kratos-4000018 = Moet minimaal { $minimum } zijn, maar is { $actual }.
kratos-4000019 = Moet groter zijn dan { $minimum }, maar is { $actual }.
kratos-4000020 = Mag maximaal { $maximum } zijn, maar is { $actual }.
kratos-4000021 = Moet kleiner zijn dan { $maximum }, maar is { $actual }.
kratos-4000022 = { $actual } is geen veelvoud van { $base }.
kratos-4000023 = { $max_items ->
        [one] Maximaal { $max_items } item toegestaan
       *[other] Maximaal { $max_items } items toegestaan
    } (nu { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Minimaal { $min_items } item vereist
       *[other] Minimaal { $min_items } items vereist
    } (nu { $actual_items }).
kratos-4000025 = De items op positie { $index_a } en { $index_b } zijn gelijk.
kratos-4000026 = Verwacht: { $allowed_types }, ontvangen: { $actual_type }.
kratos-4000027 = Er bestaat al een account met dezelfde gegevens (e-mailadres, telefoonnummer, gebruikersnaam …). Log in op je bestaande account om je socialemediaprofiel te koppelen.
kratos-4000028 = Je probeerde in te loggen met { $credential_identifier_hint }, maar die gegevens worden al door een ander account gebruikt.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Je kunt inloggen met { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Je kunt inloggen via een van deze diensten: { $available_oidc_providers }.
    }
kratos-4000029 = Moet gelijk zijn aan { $expected }.
kratos-4000030 = De waarde is niet de verwachte.
kratos-4000031 = Dit wachtwoord kan niet worden gebruikt, omdat het te veel op je gebruikersnaam lijkt.
kratos-4000032 = Het wachtwoord moet minimaal { $min_length } tekens lang zijn (nu { $actual_length }).
kratos-4000033 = Het wachtwoord mag maximaal { $max_length } tekens lang zijn (nu { $actual_length }).
kratos-4000034 = Dit wachtwoord komt voor in gelekte gegevens en mag niet meer worden gebruikt.
kratos-4000035 = Dit account bestaat niet of heeft inloggen met een code niet ingesteld.
kratos-4000036 = De opgegeven kenmerken komen niet overeen met de kenmerken die eerder in deze stap zijn opgegeven.
kratos-4000037 = Dit account bestaat niet of heeft geen inlogmethode ingesteld.
kratos-4000038 = De captcha-controle is mislukt. Probeer het opnieuw.

## login errors
kratos-4010001 = Het inloggen is { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuut
       *[other] { $expired_at_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4010002 = Er is geen manier gevonden om je hiermee in te loggen. Heb je het formulier goed ingevuld?
kratos-4010003 = Er is geen manier gevonden om je hiermee te registreren. Heb je het formulier goed ingevuld?
kratos-4010004 = Er is geen manier gevonden om je instellingen hiermee bij te werken. Heb je het formulier goed ingevuld?
kratos-4010005 = Er is geen manier gevonden om je account hiermee te herstellen. Heb je het formulier goed ingevuld?
kratos-4010006 = Er is geen manier gevonden om je account hiermee te verifiëren. Heb je het formulier goed ingevuld?
kratos-4010007 = Dit verzoek is al met succes afgerond en kan niet opnieuw worden uitgevoerd.
kratos-4010008 = De inlogcode is ongeldig of al gebruikt. Probeer het opnieuw.
kratos-4010009 = De gekoppelde inloggegevens komen niet overeen.
kratos-4010010 = Het ingevoerde adres hoort bij geen van de bekende adressen van dit account.

## registration errors
kratos-4040001 = Het registreren is { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuut
       *[other] { $expired_at_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4040002 = Dit verzoek is al met succes afgerond en kan niet opnieuw worden uitgevoerd.
kratos-4040003 = De registratiecode is ongeldig of al gebruikt. Probeer het opnieuw.

## settings errors
kratos-4050001 = Het wijzigen van de instellingen is { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuut
       *[other] { $expired_at_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.

## recovery errors
kratos-4060001 = Dit verzoek is al met succes afgerond en kan niet opnieuw worden uitgevoerd.
kratos-4060002 = Het herstellen van het account is mislukt en moet opnieuw worden gestart.
kratos-4060004 = De herstellink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4060005 = Het herstellen van het account is { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuut
       *[other] { $expired_at_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4060006 = De herstelcode is ongeldig of al gebruikt. Probeer het opnieuw.

## verification errors
kratos-4070001 = De verificatielink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4070002 = Dit verzoek is al met succes afgerond en kan niet opnieuw worden uitgevoerd.
kratos-4070003 = Het verifiëren is mislukt en moet opnieuw worden gestart.
kratos-4070005 = Het verifiëren is { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuut
       *[other] { $expired_at_minutes } minuten
    } geleden verlopen. Probeer het opnieuw.
kratos-4070006 = De verificatiecode is ongeldig of al gebruikt. Probeer het opnieuw.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = je wachtwoord
kratos-credential-type-oidc = sociale media
kratos-credential-type-webauthn = je passkey of een beveiligingssleutel
kratos-credential-type-passkey = je passkey
kratos-credential-identifier-fallback = een e-mailadres, telefoonnummer of gebruikersnaam
