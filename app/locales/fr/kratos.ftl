# Kratos v1.3.1 messages, French. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Se connecter
kratos-1010002 = Se connecter avec { $provider }
kratos-1010003 = Veuillez confirmer cette action en prouvant qu’il s’agit bien de vous.
kratos-1010004 = Veuillez terminer la seconde étape d’authentification.
kratos-1010005 = Vérifier
kratos-1010006 = Code d’authentification
kratos-1010007 = Code de secours
kratos-1010008 = Se connecter avec une clé de sécurité
kratos-1010009 = Utiliser l’application d’authentification
kratos-1010010 = Utiliser un code de secours
kratos-1010011 = Se connecter avec une clé de sécurité
kratos-1010012 = Préparez votre appareil WebAuthn (clé de sécurité, lecteur d’empreintes…) puis appuyez sur « Continuer ».
kratos-1010013 = Continuer
kratos-1010014 = Un code vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et réessayez de vous connecter.
kratos-1010015 = Envoyer un code de connexion
kratos-1010016 = Vous avez essayé de vous connecter avec « { $duplicate_identifier } », mais cette adresse e-mail est déjà utilisée par un autre compte. Connectez-vous à votre compte avec l’une des options ci-dessous pour ajouter « { $duplicate_identifier } » sur « { $provider } » comme autre moyen de connexion.
kratos-1010017 = Se connecter et associer
kratos-1010018 = Confirmer avec { $provider }
kratos-1010019 = Demander un code pour continuer
kratos-1010021 = Se connecter avec une clé d’accès
kratos-1010022 = Se connecter avec un mot de passe
kratos-1010023 = Envoyer le code à { $address }

## registration
kratos-1040001 = S’inscrire
kratos-1040002 = S’inscrire avec { $provider }
kratos-1040003 = Continuer
kratos-1040004 = S’inscrire avec une clé de sécurité
kratos-1040005 = Un code vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et réessayez de vous inscrire.
kratos-1040006 = Envoyer un code d’inscription
kratos-1040007 = S’inscrire avec une clé d’accès
kratos-1040008 = Retour
kratos-1040009 = Veuillez choisir comment vous identifier.

## settings
kratos-1050001 = Vos modifications ont été enregistrées.
kratos-1050002 = Associer { $provider }
kratos-1050003 = Dissocier { $provider }
kratos-1050004 = Retirer l’application d’authentification
kratos-1050005 = QR code pour l’application d’authentification
kratos-1050006 = { $secret }
kratos-1050007 = Afficher les codes de secours
kratos-1050008 = Générer de nouveaux codes de secours
kratos-1050009 = { $secret }
kratos-1050010 = Voici vos codes de secours. Conservez-les en lieu sûr !
kratos-1050011 = Confirmer les codes de secours
kratos-1050012 = Ajouter une clé de sécurité
kratos-1050013 = Nom de la clé de sécurité
kratos-1050014 = Utilisé le { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Désactiver cette méthode
kratos-1050017 = Voici la clé secrète de votre application d’authentification. Utilisez-la si vous ne pouvez pas scanner le QR code.
kratos-1050018 = Supprimer la clé de sécurité « { $display_name } »
kratos-1050019 = Ajouter une clé d’accès
kratos-1050020 = Supprimer la clé d’accès « { $display_name } »

## recovery
kratos-1060001 = Votre compte a été récupéré. Veuillez changer votre mot de passe ou configurer un autre moyen de connexion (par exemple un réseau social) { $privileged_session_expires_at_minutes ->
        [one] dans la minute qui vient
       *[other] dans les { $privileged_session_expires_at_minutes } prochaines minutes
    }.
kratos-1060002 = Un lien de récupération vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et assurez-vous d’utiliser celle de votre inscription.
kratos-1060003 = Un code de récupération vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et assurez-vous d’utiliser celle de votre inscription.

## node
kratos-1070001 = Mot de passe
kratos-1070002 = { $title }
kratos-1070003 = Enregistrer
kratos-1070004 = Identifiant
kratos-1070005 = Envoyer
kratos-1070006 = Vérifier le code
kratos-1070007 = Adresse e-mail
kratos-1070008 = Renvoyer le code
kratos-1070009 = Continuer
kratos-1070010 = Code de récupération
kratos-1070011 = Code de vérification
kratos-1070012 = Code d’inscription
kratos-1070013 = Code de connexion
kratos-1070014 = Se connecter et associer l’identifiant
kratos-1070015 = Veuillez résoudre le captcha pour continuer.

## verification
kratos-1080001 = Un lien de vérification vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et assurez-vous d’utiliser celle de votre inscription.
kratos-1080002 = Votre adresse e-mail a bien été vérifiée.
kratos-1080003 = Un code de vérification vous a été envoyé à l’adresse e-mail indiquée. Si vous ne recevez rien, vérifiez l’orthographe de l’adresse et assurez-vous d’utiliser celle de votre inscription.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Le champ { $property } est manquant.
kratos-4000003 = { $min_length ->
        [one] Au moins { $min_length } caractère requis
       *[other] Au moins { $min_length } caractères requis
    } (actuellement : { $actual_length }).
kratos-4000004 = Ne correspond pas au format « { $pattern } ».
kratos-4000005 = Ce mot de passe ne peut pas être utilisé : { $reason }.
kratos-4000006 = Les identifiants sont incorrects. Vérifiez l’orthographe de votre mot de passe ou de votre nom d’utilisateur, adresse e-mail ou numéro de téléphone.
kratos-4000007 = Un compte avec le même identifiant (adresse e-mail, téléphone, nom d’utilisateur…) existe déjà.
kratos-4000008 = Le code d’authentification est incorrect, veuillez réessayer.
kratos-4000009 = Aucun identifiant de connexion n’a été trouvé. Les avez-vous configurés ? Cela peut aussi venir d’une mauvaise configuration du serveur.
kratos-4000010 = Ce compte n’est pas encore actif. Avez-vous vérifié votre adresse e-mail ?
kratos-4000011 = Vous n’avez configuré aucune application d’authentification.
kratos-4000012 = Ce code de secours a déjà été utilisé.
kratos-4000013 = Vous n’avez configuré aucun appareil WebAuthn.
kratos-4000014 = Vous n’avez configuré aucun code de secours.
kratos-4000015 = Ce compte n’existe pas ou n’a aucune clé de sécurité.
kratos-4000016 = Ce code de secours n’est pas valide.
kratos-4000017 = { $max_length ->
        [one] Au plus { $max_length } caractère autorisé
       *[other] Au plus { $max_length } caractères autorisés
    } (actuellement : { $actual_length }).
kratos-4000018 = Doit être supérieur ou égal à { $minimum } (valeur : { $actual }).
kratos-4000019 = Doit être supérieur à { $minimum } (valeur : { $actual }).
kratos-4000020 = Doit être inférieur ou égal à { $maximum } (valeur : { $actual }).
kratos-4000021 = Doit être inférieur à { $maximum } (valeur : { $actual }).
kratos-4000022 = { $actual } n’est pas un multiple de { $base }.
kratos-4000023 = { $max_items ->
        [one] Au plus { $max_items } élément autorisé
       *[other] Au plus { $max_items } éléments autorisés
    } ({ $actual_items } trouvés).
kratos-4000024 = { $min_items ->
        [one] Au moins { $min_items } élément requis
       *[other] Au moins { $min_items } éléments requis
    } ({ $actual_items } trouvés).
kratos-4000025 = Les éléments aux positions { $index_a } et { $index_b } sont identiques.
kratos-4000026 = Attendu : { $allowed_types }, reçu : { $actual_type }.
kratos-4000027 = Un compte avec le même identifiant (adresse e-mail, téléphone, nom d’utilisateur…) existe déjà. Connectez-vous à votre compte existant pour y associer votre profil social.
kratos-4000028 = Vous avez essayé de vous connecter avec { $credential_identifier_hint }, mais cet identifiant est déjà utilisé par un autre compte.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Vous pouvez vous connecter avec { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Vous pouvez vous connecter avec l’un de ces services : { $available_oidc_providers }.
    }
kratos-4000029 = Doit être égal à { $expected }.
kratos-4000030 = La valeur n’est pas celle attendue.
kratos-4000031 = Ce mot de passe ne peut pas être utilisé car il ressemble trop à l’identifiant.
kratos-4000032 = Le mot de passe doit comporter au moins { $min_length } caractères (actuellement : { $actual_length }).
kratos-4000033 = Le mot de passe doit comporter au plus { $max_length } caractères (actuellement : { $actual_length }).
kratos-4000034 = Ce mot de passe figure dans des fuites de données et ne doit plus être utilisé.
kratos-4000035 = Ce compte n’existe pas ou n’a pas activé la connexion par code.
kratos-4000036 = Les attributs indiqués ne correspondent pas à ceux déjà associés à cette démarche.
kratos-4000037 = Ce compte n’existe pas ou n’a aucun moyen de connexion configuré.
kratos-4000038 = La vérification du captcha a échoué, veuillez réessayer.

## login errors
kratos-4010001 = La connexion a expiré il y a { $expired_at_minutes ->
        [one] { $expired_at_minutes } minute
       *[other] { $expired_at_minutes } minutes
    }, veuillez réessayer.
kratos-4010002 = Aucune méthode de connexion ne correspond. Avez-vous bien rempli le formulaire ?
kratos-4010003 = Aucune méthode d’inscription ne correspond. Avez-vous bien rempli le formulaire ?
kratos-4010004 = Aucune méthode ne permet de modifier vos paramètres ainsi. Avez-vous bien rempli le formulaire ?
kratos-4010005 = Aucune méthode de récupération de compte ne correspond. Avez-vous bien rempli le formulaire ?
kratos-4010006 = Aucune méthode de vérification de compte ne correspond. Avez-vous bien rempli le formulaire ?
kratos-4010007 = Cette demande a déjà abouti et ne peut pas être renouvelée.
kratos-4010008 = Le code de connexion est incorrect ou a déjà été utilisé. Veuillez réessayer.
kratos-4010009 = Les identifiants associés ne correspondent pas.
kratos-4010010 = L’adresse saisie ne correspond à aucune adresse connue de ce compte.

## registration errors
kratos-4040001 = L’inscription a expiré il y a { $expired_at_minutes ->
        [one] { $expired_at_minutes } minute
       *[other] { $expired_at_minutes } minutes
    }, veuillez réessayer.
kratos-4040002 = Cette demande a déjà abouti et ne peut pas être renouvelée.
kratos-4040003 = Le code d’inscription est incorrect ou a déjà été utilisé. Veuillez réessayer.

## settings errors
kratos-4050001 = La modification des paramètres a expiré il y a { $expired_at_minutes ->
        [one] { $expired_at_minutes } minute
       *[other] { $expired_at_minutes } minutes
    }, veuillez réessayer.

## recovery errors
kratos-4060001 = Cette demande a déjà abouti et ne peut pas être renouvelée.
kratos-4060002 = La récupération du compte a échoué et doit être recommencée.
kratos-4060004 = Le lien de récupération est incorrect ou a déjà été utilisé. Veuillez recommencer.
kratos-4060005 = La récupération du compte a expiré il y a { $expired_at_minutes ->
        [one] { $expired_at_minutes } minute
       *[other] { $expired_at_minutes } minutes
    }, veuillez réessayer.
kratos-4060006 = Le code de récupération est incorrect ou a déjà été utilisé. Veuillez réessayer.

## verification errors
kratos-4070001 = Le lien de vérification est incorrect ou a déjà été utilisé. Veuillez recommencer.
kratos-4070002 = Cette demande a déjà abouti et ne peut pas être renouvelée.
kratos-4070003 = La vérification a échoué et doit être recommencée.
kratos-4070005 = La vérification a expiré il y a { $expired_at_minutes ->
        [one] { $expired_at_minutes } minute
       *[other] { $expired_at_minutes } minutes
    }, veuillez réessayer.
kratos-4070006 = Le code de vérification est incorrect ou a déjà été utilisé. Veuillez réessayer.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = votre mot de passe
kratos-credential-type-oidc = un réseau social
kratos-credential-type-webauthn = votre clé d’accès ou une clé de sécurité
kratos-credential-type-passkey = votre clé d’accès
kratos-credential-identifier-fallback = une adresse e-mail, un téléphone ou un nom d’utilisateur
