# Kratos v1.3.1 messages, Italian. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Accedi
kratos-1010002 = Accedi con { $provider }
kratos-1010003 = Conferma questa azione dimostrando che sei tu.
kratos-1010004 = Completa il secondo passaggio di autenticazione.
kratos-1010005 = Verifica
kratos-1010006 = Codice di autenticazione
kratos-1010007 = Codice di backup
kratos-1010008 = Accedi con chiave di sicurezza
kratos-1010009 = Usa l’app di autenticazione
kratos-1010010 = Usa un codice di backup
kratos-1010011 = Accedi con chiave di sicurezza
kratos-1010012 = Prepara il tuo dispositivo WebAuthn (chiave di sicurezza, lettore di impronte…) e premi «Continua».
kratos-1010013 = Continua
kratos-1010014 = Abbiamo inviato un codice all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e riprova ad accedere.
kratos-1010015 = Invia codice di accesso
kratos-1010016 = Hai provato ad accedere con «{ $duplicate_identifier }», ma questa email è già usata da un altro account. Accedi al tuo account con una delle opzioni qui sotto per aggiungere «{ $duplicate_identifier }» su «{ $provider }» come ulteriore modo di accesso.
kratos-1010017 = Accedi e collega
kratos-1010018 = Conferma con { $provider }
kratos-1010019 = Richiedi un codice per continuare
kratos-1010021 = Accedi con passkey
kratos-1010022 = Accedi con password
kratos-1010023 = Invia il codice a { $address }

## registration
kratos-1040001 = Registrati
kratos-1040002 = Registrati con { $provider }
kratos-1040003 = Continua
kratos-1040004 = Registrati con chiave di sicurezza
kratos-1040005 = Abbiamo inviato un codice all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e riprova la registrazione.
kratos-1040006 = Invia codice di registrazione
kratos-1040007 = Registrati con passkey
kratos-1040008 = Indietro
kratos-1040009 = Scegli come vuoi identificarti.

## settings
kratos-1050001 = Le modifiche sono state salvate.
kratos-1050002 = Collega { $provider }
kratos-1050003 = Scollega { $provider }
kratos-1050004 = Rimuovi l’app di autenticazione
kratos-1050005 = Codice QR per l’app di autenticazione
kratos-1050006 = { $secret }
kratos-1050007 = Mostra i codici di backup
kratos-1050008 = Genera nuovi codici di backup
kratos-1050009 = { $secret }
kratos-1050010 = Questi sono i tuoi codici di backup. Conservali in un posto sicuro!
kratos-1050011 = Conferma i codici di backup
kratos-1050012 = Aggiungi chiave di sicurezza
kratos-1050013 = Nome della chiave di sicurezza
kratos-1050014 = Usato il { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Disattiva questo metodo
kratos-1050017 = Questa è la chiave segreta della tua app di autenticazione. Usala se non riesci a scansionare il codice QR.
kratos-1050018 = Rimuovi la chiave di sicurezza «{ $display_name }»
kratos-1050019 = Aggiungi passkey
kratos-1050020 = Rimuovi la passkey «{ $display_name }»

## recovery
kratos-1060001 = Hai recuperato il tuo account. Cambia la password o configura un altro metodo di accesso (ad esempio un social network) { $privileged_session_expires_at_minutes ->
        [one] entro il prossimo minuto
       *[other] entro i prossimi { $privileged_session_expires_at_minutes } minuti
    }.
kratos-1060002 = Abbiamo inviato un link di recupero all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.
kratos-1060003 = Abbiamo inviato un codice di recupero all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

## node
kratos-1070001 = Password
kratos-1070002 = { $title }
kratos-1070003 = Salva
kratos-1070004 = ID
kratos-1070005 = Invia
kratos-1070006 = Verifica il codice
kratos-1070007 = Email
kratos-1070008 = Invia di nuovo il codice
kratos-1070009 = Continua
kratos-1070010 = Codice di recupero
kratos-1070011 = Codice di verifica
kratos-1070012 = Codice di registrazione
kratos-1070013 = Codice di accesso
kratos-1070014 = Accedi e collega le credenziali
kratos-1070015 = Completa il captcha per continuare.

## verification
kratos-1080001 = Abbiamo inviato un link di verifica all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.
kratos-1080002 = Il tuo indirizzo email è stato verificato.
kratos-1080003 = Abbiamo inviato un codice di verifica all’indirizzo email che hai indicato. Se non lo ricevi, controlla che l’indirizzo sia scritto correttamente e che sia quello usato per la registrazione.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Manca il campo { $property }.
kratos-4000003 = { $min_length ->
        [one] Serve almeno { $min_length } carattere
       *[other] Servono almeno { $min_length } caratteri
    } (attuali: { $actual_length }).
kratos-4000004 = Non corrisponde al formato «{ $pattern }».
kratos-4000005 = Non è possibile usare questa password: { $reason }.
kratos-4000006 = Le credenziali non sono valide. Controlla che password e nome utente, email o numero di telefono siano scritti correttamente.
kratos-4000007 = Esiste già un account con lo stesso identificativo (email, telefono, nome utente…).
kratos-4000008 = Il codice di autenticazione non è valido, riprova.
kratos-4000009 = Non è stato trovato alcun identificativo di accesso. Hai dimenticato di impostarli? Potrebbe anche trattarsi di un errore di configurazione del server.
kratos-4000010 = L’account non è ancora attivo. Hai verificato il tuo indirizzo email?
kratos-4000011 = Non hai configurato nessuna app di autenticazione.
kratos-4000012 = Questo codice di backup è già stato usato.
kratos-4000013 = Non hai configurato nessun dispositivo WebAuthn.
kratos-4000014 = Non hai configurato codici di backup.
kratos-4000015 = Questo account non esiste o non ha chiavi di sicurezza.
kratos-4000016 = Il codice di backup non è valido.
kratos-4000017 = { $max_length ->
        [one] È consentito al massimo { $max_length } carattere
       *[other] Sono consentiti al massimo { $max_length } caratteri
    } (attuali: { $actual_length }).
kratos-4000018 = Deve essere almeno { $minimum }, ma è { $actual }.
kratos-4000019 = Deve essere maggiore di { $minimum }, ma è { $actual }.
kratos-4000020 = Deve essere al massimo { $maximum }, ma è { $actual }.
kratos-4000021 = Deve essere minore di { $maximum }, ma è { $actual }.
kratos-4000022 = { $actual } non è un multiplo di { $base }.
kratos-4000023 = { $max_items ->
        [one] È consentito al massimo { $max_items } elemento
       *[other] Sono consentiti al massimo { $max_items } elementi
    } (presenti: { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Serve almeno { $min_items } elemento
       *[other] Servono almeno { $min_items } elementi
    } (presenti: { $actual_items }).
kratos-4000025 = Gli elementi alle posizioni { $index_a } e { $index_b } sono uguali.
kratos-4000026 = Atteso { $allowed_types }, ricevuto { $actual_type }.
kratos-4000027 = Esiste già un account con lo stesso identificativo (email, telefono, nome utente…). Accedi al tuo account per collegare il tuo profilo social.
kratos-4000028 = Hai provato ad accedere con { $credential_identifier_hint }, ma questo identificativo è già usato da un altro account.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Puoi accedere con { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Puoi accedere con uno di questi servizi: { $available_oidc_providers }.
    }
kratos-4000029 = Deve essere uguale a { $expected }.
kratos-4000030 = Il valore non è quello atteso.
kratos-4000031 = Non è possibile usare questa password perché è troppo simile all’identificativo.
kratos-4000032 = La password deve avere almeno { $min_length } caratteri (attuali: { $actual_length }).
kratos-4000033 = La password può avere al massimo { $max_length } caratteri (attuali: { $actual_length }).
kratos-4000034 = Questa password è comparsa in violazioni di dati e non può più essere usata.
kratos-4000035 = Questo account non esiste o non ha configurato l’accesso con codice.
kratos-4000036 = I dati indicati non corrispondono a quelli associati in precedenza a questa procedura.
kratos-4000037 = Questo account non esiste o non ha alcun metodo di accesso configurato.
kratos-4000038 = Verifica captcha non riuscita, riprova.

## login errors
kratos-4010001 = L’accesso è scaduto { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto fa
       *[other] { $expired_at_minutes } minuti fa
    }, riprova.
kratos-4010002 = Non è stato trovato alcun metodo per farti accedere. Hai compilato correttamente il modulo?
kratos-4010003 = Non è stato trovato alcun metodo per registrarti. Hai compilato correttamente il modulo?
kratos-4010004 = Non è stato trovato alcun metodo per aggiornare le tue impostazioni. Hai compilato correttamente il modulo?
kratos-4010005 = Non è stato trovato alcun metodo per recuperare il tuo account. Hai compilato correttamente il modulo?
kratos-4010006 = Non è stato trovato alcun metodo per verificare il tuo account. Hai compilato correttamente il modulo?
kratos-4010007 = La richiesta è già stata completata e non può essere ripetuta.
kratos-4010008 = Il codice di accesso non è valido o è già stato usato. Riprova.
kratos-4010009 = Le credenziali collegate non corrispondono.
kratos-4010010 = L’indirizzo inserito non corrisponde a nessuno degli indirizzi noti di questo account.

## registration errors
kratos-4040001 = La registrazione è scaduta { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto fa
       *[other] { $expired_at_minutes } minuti fa
    }, riprova.
kratos-4040002 = La richiesta è già stata completata e non può essere ripetuta.
kratos-4040003 = Il codice di registrazione non è valido o è già stato usato. Riprova.

## settings errors
kratos-4050001 = La modifica delle impostazioni è scaduta { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto fa
       *[other] { $expired_at_minutes } minuti fa
    }, riprova.

## recovery errors
kratos-4060001 = La richiesta è già stata completata e non può essere ripetuta.
kratos-4060002 = Il recupero dell’account non è riuscito e va ripetuto.
kratos-4060004 = Il link di recupero non è valido o è già stato usato. Ricomincia da capo.
kratos-4060005 = Il recupero dell’account è scaduto { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto fa
       *[other] { $expired_at_minutes } minuti fa
    }, riprova.
kratos-4060006 = Il codice di recupero non è valido o è già stato usato. Riprova.

## verification errors
kratos-4070001 = Il link di verifica non è valido o è già stato usato. Ricomincia da capo.
kratos-4070002 = La richiesta è già stata completata e non può essere ripetuta.
kratos-4070003 = La verifica non è riuscita e va ripetuta.
kratos-4070005 = La verifica è scaduta { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto fa
       *[other] { $expired_at_minutes } minuti fa
    }, riprova.
kratos-4070006 = Il codice di verifica non è valido o è già stato usato. Riprova.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = la tua password
kratos-credential-type-oidc = un social network
kratos-credential-type-webauthn = la tua passkey o una chiave di sicurezza
kratos-credential-type-passkey = la tua passkey
kratos-credential-identifier-fallback = un’email, un telefono o un nome utente
