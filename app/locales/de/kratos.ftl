# Kratos v1.3.1 messages, German. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Anmelden
kratos-1010002 = Mit { $provider } anmelden
kratos-1010003 = Bitte bestätigen Sie diese Aktion, indem Sie nachweisen, dass Sie es sind.
kratos-1010004 = Bitte schließen Sie den zweiten Anmeldeschritt ab.
kratos-1010005 = Bestätigen
kratos-1010006 = Authentifizierungscode
kratos-1010007 = Backup-Code
kratos-1010008 = Mit Sicherheitsschlüssel anmelden
kratos-1010009 = Authenticator-App verwenden
kratos-1010010 = Backup-Code verwenden
kratos-1010011 = Mit Sicherheitsschlüssel anmelden
kratos-1010012 = Halten Sie Ihr WebAuthn-Gerät bereit (z. B. Sicherheitsschlüssel oder Fingerabdruckscanner) und klicken Sie auf „Weiter“.
kratos-1010013 = Weiter
kratos-1010014 = Wir haben Ihnen einen Code an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise der Adresse und versuchen Sie die Anmeldung erneut.
kratos-1010015 = Anmeldecode senden
kratos-1010016 = Sie wollten sich mit „{ $duplicate_identifier }“ anmelden, doch diese E-Mail-Adresse gehört bereits zu einem anderen Konto. Melden Sie sich mit einer der folgenden Möglichkeiten bei Ihrem Konto an, um „{ $duplicate_identifier }“ bei „{ $provider }“ als weitere Anmeldemöglichkeit hinzuzufügen.
kratos-1010017 = Anmelden und verknüpfen
kratos-1010018 = Mit { $provider } bestätigen
kratos-1010019 = Code anfordern und fortfahren
kratos-1010021 = Mit Passkey anmelden
kratos-1010022 = Mit Passwort anmelden
kratos-1010023 = Code an { $address } senden

## registration
kratos-1040001 = Registrieren
kratos-1040002 = Mit { $provider } registrieren
kratos-1040003 = Weiter
kratos-1040004 = Mit Sicherheitsschlüssel registrieren
kratos-1040005 = Wir haben Ihnen einen Code an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise der Adresse und versuchen Sie die Registrierung erneut.
kratos-1040006 = Registrierungscode senden
kratos-1040007 = Mit Passkey registrieren
kratos-1040008 = Zurück
kratos-1040009 = Bitte wählen Sie, womit Sie sich anmelden möchten.

## settings
kratos-1050001 = Ihre Änderungen wurden gespeichert.
kratos-1050002 = { $provider } verknüpfen
kratos-1050003 = Verknüpfung mit { $provider } aufheben
kratos-1050004 = Authenticator-App entfernen
kratos-1050005 = QR-Code für die Authenticator-App
kratos-1050006 = { $secret }
kratos-1050007 = Backup-Codes anzeigen
kratos-1050008 = Neue Backup-Codes erzeugen
kratos-1050009 = { $secret }
kratos-1050010 = Das sind Ihre Backup-Codes. Bewahren Sie sie an einem sicheren Ort auf!
kratos-1050011 = Backup-Codes bestätigen
kratos-1050012 = Sicherheitsschlüssel hinzufügen
kratos-1050013 = Name des Sicherheitsschlüssels
kratos-1050014 = Verwendet am { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Diese Methode deaktivieren
kratos-1050017 = Das ist der geheime Schlüssel für Ihre Authenticator-App. Verwenden Sie ihn, wenn Sie den QR-Code nicht scannen können.
kratos-1050018 = Sicherheitsschlüssel „{ $display_name }“ entfernen
kratos-1050019 = Passkey hinzufügen
kratos-1050020 = Passkey „{ $display_name }“ entfernen

## recovery
kratos-1060001 = Ihr Konto wurde wiederhergestellt. Bitte ändern Sie { $privileged_session_expires_at_minutes ->
        [one] innerhalb der nächsten Minute
       *[other] innerhalb der nächsten { $privileged_session_expires_at_minutes } Minuten
    } Ihr Passwort oder richten Sie eine andere Anmeldemethode ein (z. B. über ein soziales Netzwerk).
kratos-1060002 = Wir haben Ihnen einen Link zur Wiederherstellung an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.
kratos-1060003 = Wir haben Ihnen einen Wiederherstellungscode an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

## node
kratos-1070001 = Passwort
kratos-1070002 = { $title }
kratos-1070003 = Speichern
kratos-1070004 = ID
kratos-1070005 = Absenden
kratos-1070006 = Code bestätigen
kratos-1070007 = E-Mail-Adresse
kratos-1070008 = Code erneut senden
kratos-1070009 = Weiter
kratos-1070010 = Wiederherstellungscode
kratos-1070011 = Bestätigungscode
kratos-1070012 = Registrierungscode
kratos-1070013 = Anmeldecode
kratos-1070014 = Anmelden und Zugang verknüpfen
kratos-1070015 = Bitte lösen Sie das Captcha, um fortzufahren.

## verification
kratos-1080001 = Wir haben Ihnen einen Bestätigungslink an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.
kratos-1080002 = Ihre E-Mail-Adresse wurde bestätigt.
kratos-1080003 = Wir haben Ihnen einen Bestätigungscode an die angegebene E-Mail-Adresse gesendet. Falls keine E-Mail ankommt, prüfen Sie die Schreibweise und ob es die Adresse ist, mit der Sie sich registriert haben.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Das Feld { $property } fehlt.
kratos-4000003 = Mindestens { $min_length } Zeichen erforderlich, eingegeben: { $actual_length }.
kratos-4000004 = Entspricht nicht dem Muster „{ $pattern }“.
kratos-4000005 = Das Passwort kann nicht verwendet werden: { $reason }.
kratos-4000006 = Die Anmeldedaten sind ungültig. Prüfen Sie Passwort bzw. Benutzername, E-Mail-Adresse oder Telefonnummer auf Tippfehler.
kratos-4000007 = Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …).
kratos-4000008 = Der Authentifizierungscode ist ungültig. Bitte versuchen Sie es erneut.
kratos-4000009 = Es wurden keine Anmeldekennungen gefunden. Wurden sie nicht festgelegt? Auch eine Fehlkonfiguration des Servers kann die Ursache sein.
kratos-4000010 = Das Konto ist noch nicht aktiv. Haben Sie Ihre E-Mail-Adresse schon bestätigt?
kratos-4000011 = Sie haben keine Authenticator-App eingerichtet.
kratos-4000012 = Dieser Backup-Code wurde bereits verwendet.
kratos-4000013 = Sie haben kein WebAuthn-Gerät eingerichtet.
kratos-4000014 = Sie haben keine Backup-Codes eingerichtet.
kratos-4000015 = Dieses Konto existiert nicht oder hat keinen Sicherheitsschlüssel.
kratos-4000016 = Der Backup-Code ist ungültig.
kratos-4000017 = Höchstens { $max_length } Zeichen erlaubt, eingegeben: { $actual_length }.
kratos-4000018 = Muss mindestens { $minimum } sein, ist aber { $actual }.
kratos-4000019 = Muss größer als { $minimum } sein, ist aber { $actual }.
kratos-4000020 = Darf höchstens { $maximum } sein, ist aber { $actual }.
kratos-4000021 = Muss kleiner als { $maximum } sein, ist aber { $actual }.
kratos-4000022 = { $actual } ist kein Vielfaches von { $base }.
kratos-4000023 = { $max_items ->
        [one] Höchstens { $max_items } Eintrag erlaubt
       *[other] Höchstens { $max_items } Einträge erlaubt
    }, vorhanden: { $actual_items }.
kratos-4000024 = { $min_items ->
        [one] Mindestens { $min_items } Eintrag erforderlich
       *[other] Mindestens { $min_items } Einträge erforderlich
    }, vorhanden: { $actual_items }.
kratos-4000025 = Die Einträge an Position { $index_a } und { $index_b } sind gleich.
kratos-4000026 = Erwartet: { $allowed_types }, erhalten: { $actual_type }.
kratos-4000027 = Es gibt bereits ein Konto mit dieser Kennung (E-Mail-Adresse, Telefonnummer, Benutzername …). Melden Sie sich bei Ihrem bestehenden Konto an, um Ihr soziales Profil damit zu verknüpfen.
kratos-4000028 = Sie wollten sich mit { $credential_identifier_hint } anmelden, doch diese Kennung gehört bereits zu einem anderen Konto.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Sie können sich mit { $available_credential_types } anmelden.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Sie können sich über einen dieser Anbieter anmelden: { $available_oidc_providers }.
    }
kratos-4000029 = Muss genau { $expected } sein.
kratos-4000030 = Der Wert ist nicht der erwartete.
kratos-4000031 = Das Passwort kann nicht verwendet werden, weil es der Kennung zu ähnlich ist.
kratos-4000032 = Das Passwort muss mindestens { $min_length } Zeichen lang sein, es hat aber nur { $actual_length }.
kratos-4000033 = Das Passwort darf höchstens { $max_length } Zeichen lang sein, es hat aber { $actual_length }.
kratos-4000034 = Dieses Passwort ist in Datenlecks aufgetaucht und darf nicht mehr verwendet werden.
kratos-4000035 = Dieses Konto existiert nicht oder hat die Anmeldung per Code nicht eingerichtet.
kratos-4000036 = Die angegebenen Merkmale stimmen nicht mit denen überein, die zuvor in diesem Vorgang angegeben wurden.
kratos-4000037 = Dieses Konto existiert nicht oder hat keine Anmeldemethode eingerichtet.
kratos-4000038 = Die Captcha-Prüfung ist fehlgeschlagen. Bitte versuchen Sie es erneut.

## login errors
kratos-4010001 = Die Anmeldung ist seit { $expired_at_minutes ->
        [one] einer Minute
       *[other] { $expired_at_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4010002 = Es wurde keine passende Anmeldemethode gefunden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010003 = Es wurde keine passende Registrierungsmethode gefunden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010004 = Es wurde keine passende Methode zum Ändern Ihrer Einstellungen gefunden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010005 = Es wurde keine passende Methode zur Wiederherstellung Ihres Kontos gefunden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010006 = Es wurde keine passende Methode zur Bestätigung Ihres Kontos gefunden. Haben Sie das Formular richtig ausgefüllt?
kratos-4010007 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.
kratos-4010008 = Der Anmeldecode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.
kratos-4010009 = Die verknüpften Zugangsdaten stimmen nicht überein.
kratos-4010010 = Die eingegebene Adresse gehört zu keiner der bekannten Adressen dieses Kontos.

## registration errors
kratos-4040001 = Die Registrierung ist seit { $expired_at_minutes ->
        [one] einer Minute
       *[other] { $expired_at_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4040002 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.
kratos-4040003 = Der Registrierungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## settings errors
kratos-4050001 = Die Änderung der Einstellungen ist seit { $expired_at_minutes ->
        [one] einer Minute
       *[other] { $expired_at_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.

## recovery errors
kratos-4060001 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.
kratos-4060002 = Bei der Wiederherstellung ist ein Fehler aufgetreten. Bitte beginnen Sie von vorn.
kratos-4060004 = Der Wiederherstellungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.
kratos-4060005 = Die Wiederherstellung ist seit { $expired_at_minutes ->
        [one] einer Minute
       *[other] { $expired_at_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4060006 = Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## verification errors
kratos-4070001 = Der Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie von vorn.
kratos-4070002 = Diese Anfrage wurde bereits erfolgreich abgeschlossen und kann nicht wiederholt werden.
kratos-4070003 = Bei der Bestätigung ist ein Fehler aufgetreten. Bitte beginnen Sie von vorn.
kratos-4070005 = Die Bestätigung ist seit { $expired_at_minutes ->
        [one] einer Minute
       *[other] { $expired_at_minutes } Minuten
    } abgelaufen. Bitte versuchen Sie es erneut.
kratos-4070006 = Der Bestätigungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = Ihrem Passwort
kratos-credential-type-oidc = einem sozialen Netzwerk
kratos-credential-type-webauthn = Ihrem Passkey oder einem Sicherheitsschlüssel
kratos-credential-type-passkey = Ihrem Passkey
kratos-credential-identifier-fallback = einer E-Mail-Adresse, Telefonnummer oder einem Benutzernamen
