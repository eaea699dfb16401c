# Kratos v1.3.1 messages by id (text/message_*.go). Static texts are Kratos'
# own English, word for word; texts Kratos computes are rewritten from the
# context it sends. Variables are Kratos' context keys; `*_minutes`,
# `*_date` and `*_count` are derived by Vestibule (see README.md in this folder).

## login
# InfoSelfServiceLogin
kratos-1010001 = Sign in
# InfoSelfServiceLoginWith
kratos-1010002 = Sign in with { $provider }
# InfoSelfServiceLoginReAuth
kratos-1010003 = Please confirm this action by verifying that it is you.
# InfoSelfServiceLoginMFA
kratos-1010004 = Please complete the second authentication challenge.
# InfoSelfServiceLoginVerify
kratos-1010005 = Verify
# InfoSelfServiceLoginTOTPLabel
kratos-1010006 = Authentication code
# InfoLoginLookupLabel
kratos-1010007 = Backup recovery code
# InfoSelfServiceLoginWebAuthn
kratos-1010008 = Sign in with hardware key
# InfoLoginTOTP
kratos-1010009 = Use Authenticator
# InfoLoginLookup
kratos-1010010 = Use backup recovery code
# InfoSelfServiceLoginContinueWebAuthn
kratos-1010011 = Sign in with hardware key
# InfoSelfServiceLoginWebAuthnPasswordless
kratos-1010012 = Prepare your WebAuthn device (e.g. security key, biometrics scanner, ...) and press continue.
# InfoSelfServiceLoginContinue
kratos-1010013 = Continue
# InfoSelfServiceLoginEmailWithCodeSent
kratos-1010014 = An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the login.
# InfoSelfServiceLoginCode
kratos-1010015 = Send sign in code
# InfoSelfServiceLoginLink
kratos-1010016 = You tried to sign in with "{ $duplicate_identifier }", but that email is already used by another account. Sign in to your account with one of the options below to add your account "{ $duplicate_identifier }" at "{ $provider }" as another way to sign in.
# InfoSelfServiceLoginAndLink
kratos-1010017 = Sign in and link
# InfoSelfServiceLoginWithAndLink
kratos-1010018 = Confirm with { $provider }
# InfoSelfServiceLoginCodeMFA
kratos-1010019 = Request code to continue
# InfoSelfServiceLoginPasskey
kratos-1010021 = Sign in with passkey
# InfoSelfServiceLoginPassword
kratos-1010022 = Sign in with password
# InfoSelfServiceLoginAAL2CodeAddress
kratos-1010023 = Send code to { $address }

## registration
# InfoSelfServiceRegistration
kratos-1040001 = Sign up
# InfoSelfServiceRegistrationWith
kratos-1040002 = Sign up with { $provider }
# InfoSelfServiceRegistrationContinue
kratos-1040003 = Continue
# InfoSelfServiceRegistrationRegisterWebAuthn
kratos-1040004 = Sign up with security key
# InfoSelfServiceRegistrationEmailWithCodeSent
kratos-1040005 = An email containing a code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and retry the registration.
# InfoSelfServiceRegistrationRegisterCode
kratos-1040006 = Send sign up code
# InfoSelfServiceRegistrationRegisterPasskey
kratos-1040007 = Sign up with passkey
# InfoSelfServiceRegistrationBack
kratos-1040008 = Back
# InfoSelfServiceRegistrationChooseCredentials
kratos-1040009 = Please choose a credential to authenticate yourself with.

## settings
# InfoSelfServiceSettingsUpdateSuccess
kratos-1050001 = Your changes have been saved!
# InfoSelfServiceSettingsUpdateLinkOidc
kratos-1050002 = Link { $provider }
# InfoSelfServiceSettingsUpdateUnlinkOidc
kratos-1050003 = Unlink { $provider }
# InfoSelfServiceSettingsUpdateUnlinkTOTP
kratos-1050004 = Unlink TOTP Authenticator App
# InfoSelfServiceSettingsTOTPQRCode
kratos-1050005 = Authenticator app QR code
# InfoSelfServiceSettingsTOTPSecret
kratos-1050006 = { $secret }
# InfoSelfServiceSettingsRevealLookup
kratos-1050007 = Reveal backup recovery codes
# InfoSelfServiceSettingsRegenerateLookup
kratos-1050008 = Generate new backup recovery codes
# InfoSelfServiceSettingsLookupSecret
kratos-1050009 = { $secret }
# InfoSelfServiceSettingsLookupSecretLabel
kratos-1050010 = These are your back up recovery codes. Please keep them in a safe place!
# InfoSelfServiceSettingsLookupConfirm
kratos-1050011 = Confirm backup recovery codes
# InfoSelfServiceSettingsRegisterWebAuthn
kratos-1050012 = Add security key
# InfoSelfServiceSettingsRegisterWebAuthnDisplayName
kratos-1050013 = Name of the security key
# InfoSelfServiceSettingsLookupSecretUsed
kratos-1050014 = Secret was used at { $used_at_date }
# InfoSelfServiceSettingsLookupSecretList
kratos-1050015 = { $secrets }
# InfoSelfServiceSettingsDisableLookup
kratos-1050016 = Disable this method
# InfoSelfServiceSettingsTOTPSecretLabel
kratos-1050017 = This is your authenticator app secret. Use it if you can not scan the QR code.
# InfoSelfServiceSettingsRemoveWebAuthn
kratos-1050018 = Remove security key "{ $display_name }"
# InfoSelfServiceSettingsRegisterPasskey
kratos-1050019 = Add passkey
# InfoSelfServiceSettingsRemovePasskey
kratos-1050020 = Remove passkey "{ $display_name }"

## recovery
# InfoSelfServiceRecoverySuccessful
kratos-1060001 = You successfully recovered your account. Please change your password or set up an alternative login method (e.g. social sign in) within the next { $privileged_session_expires_at_minutes ->
        [one] minute
       *[other] { $privileged_session_expires_at_minutes } minutes
    }.
# InfoSelfServiceRecoveryEmailSent
kratos-1060002 = An email containing a recovery link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.
# InfoSelfServiceRecoveryEmailWithCodeSent
kratos-1060003 = An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.

## node
# InfoNodeLabelInputPassword
kratos-1070001 = Password
# InfoNodeLabelGenerated
kratos-1070002 = { $title }
# InfoNodeLabelSave
kratos-1070003 = Save
# InfoNodeLabelID
kratos-1070004 = ID
# InfoNodeLabelSubmit
kratos-1070005 = Submit
# InfoNodeLabelVerifyOTP
kratos-1070006 = Verify code
# InfoNodeLabelEmail
kratos-1070007 = Email
# InfoNodeLabelResendOTP
kratos-1070008 = Resend code
# InfoNodeLabelContinue
kratos-1070009 = Continue
# InfoNodeLabelRecoveryCode
kratos-1070010 = Recovery code
# InfoNodeLabelVerificationCode
kratos-1070011 = Verification code
# InfoNodeLabelRegistrationCode
kratos-1070012 = Registration code
# InfoNodeLabelLoginCode
kratos-1070013 = Login code
# InfoNodeLabelLoginAndLinkCredential
kratos-1070014 = Login and link credential
# InfoNodeLabelCaptcha
kratos-1070015 = Please complete the captcha challenge to continue.

## verification
# InfoSelfServiceVerificationEmailSent
kratos-1080001 = An email containing a verification link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.
# InfoSelfServiceVerificationSuccessful
kratos-1080002 = You successfully verified your email address.
# InfoSelfServiceVerificationEmailWithCodeSent
kratos-1080003 = An email containing a verification code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.

## validation
# ErrorValidationGeneric
kratos-4000001 = { $reason }
# ErrorValidationRequired
kratos-4000002 = Property { $property } is missing.
# ErrorValidationMinLength
kratos-4000003 = length must be >= { $min_length }, but got { $actual_length }
# ErrorValidationInvalidFormat
kratos-4000004 = does not match pattern "{ $pattern }"
# ErrorValidationPasswordPolicyViolationGeneric
kratos-4000005 = The password can not be used because { $reason }.
# ErrorValidationInvalidCredentials
kratos-4000006 = The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.
# ErrorValidationDuplicateCredentials
kratos-4000007 = An account with the same identifier (email, phone, username, ...) exists already.
# ErrorValidationTOTPVerifierWrong
kratos-4000008 = The provided authentication code is invalid, please try again.
# ErrorValidationIdentifierMissing
kratos-4000009 = Could not find any login identifiers. Did you forget to set them? This could also be caused by a server misconfiguration.
# ErrorValidationAddressNotVerified
kratos-4000010 = Account not active yet. Did you forget to verify your email address?
# ErrorValidationNoTOTPDevice
kratos-4000011 = You have no TOTP device set up.
# ErrorValidationLookupAlreadyUsed
kratos-4000012 = This backup recovery code has already been used.
# ErrorValidationNoWebAuthnDevice
kratos-4000013 = You have no WebAuthn device set up.
# ErrorValidationNoLookup
kratos-4000014 = You have no backup recovery codes set up.
# ErrorValidationSuchNoWebAuthnUser
kratos-4000015 = This account does not exist or has no security key set up.
# ErrorValidationLookupInvalid
kratos-4000016 = The backup recovery code is not valid.
# ErrorValidationMaxLength
kratos-4000017 = length must be <= { $max_length }, but got { $actual_length }
# ErrorValidationMinimum
kratos-4000018 = must be >= { $minimum } but found { $actual }
# ErrorValidationExclusiveMinimum
kratos-4000019 = must be > { $minimum } but found { $actual }
# ErrorValidationMaximum
kratos-4000020 = must be <= { $maximum } but found { $actual }
# ErrorValidationExclusiveMaximum
kratos-4000021 = must be < { $maximum } but found { $actual }
# ErrorValidationMultipleOf
kratos-4000022 = { $actual } not multipleOf { $base }
# ErrorValidationMaxItems
kratos-4000023 = maximum { $max_items } items allowed, but found { $actual_items } items
# ErrorValidationMinItems
kratos-4000024 = minimum { $min_items } items allowed, but found { $actual_items } items
# ErrorValidationUniqueItems
kratos-4000025 = items at index { $index_a } and { $index_b } are equal
# ErrorValidationWrongType
kratos-4000026 = expected { $allowed_types }, but got { $actual_type }
# ErrorValidationDuplicateCredentialsOnOIDCLink
kratos-4000027 = An account with the same identifier (email, phone, username, ...) exists already. Please sign in to your existing account to link your social profile.
# ErrorValidationDuplicateCredentialsWithHints
kratos-4000028 = You tried signing in with { $credential_identifier_hint } which is already in use by another account.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}You can sign in using { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}You can sign in using one of the following social sign in providers: { $available_oidc_providers }.
    }
# ErrorValidationConst
kratos-4000029 = must be equal to constant { $expected }
# ErrorValidationConstGeneric
kratos-4000030 = const failed
# ErrorValidationPasswordIdentifierTooSimilar
kratos-4000031 = The password can not be used because it is too similar to the identifier.
# ErrorValidationPasswordMinLength
kratos-4000032 = The password must be at least { $min_length } characters long, but got { $actual_length }.
# ErrorValidationPasswordMaxLength
kratos-4000033 = The password must be at most { $max_length } characters long, but got { $actual_length }.
# ErrorValidationPasswordTooManyBreaches
kratos-4000034 = The password has been found in data breaches and must no longer be used.
# ErrorValidationNoCodeUser
kratos-4000035 = This account does not exist or has not setup sign in with code.
# ErrorValidationTraitsMismatch
kratos-4000036 = The provided traits do not match the traits previously associated with this flow.
# ErrorValidationAccountNotFound
kratos-4000037 = This account does not exist or has no login method configured.
# ErrorValidationCaptchaError
kratos-4000038 = Captcha verification failed, please try again.

## login
# ErrorValidationLoginFlowExpired
kratos-4010001 = The login flow expired { $expired_at_minutes ->
        [one] 1 minute
       *[other] { $expired_at_minutes } minutes
    } ago, please try again.
# ErrorValidationLoginNoStrategyFound
kratos-4010002 = Could not find a strategy to log you in with. Did you fill out the form correctly?
# ErrorValidationRegistrationNoStrategyFound
kratos-4010003 = Could not find a strategy to sign you up with. Did you fill out the form correctly?
# ErrorValidationSettingsNoStrategyFound
kratos-4010004 = Could not find a strategy to update your settings. Did you fill out the form correctly?
# ErrorValidationRecoveryNoStrategyFound
kratos-4010005 = Could not find a strategy to recover your account with. Did you fill out the form correctly?
# ErrorValidationVerificationNoStrategyFound
kratos-4010006 = Could not find a strategy to verify your account with. Did you fill out the form correctly?
# ErrorValidationLoginRetrySuccess
kratos-4010007 = The request was already completed successfully and can not be retried.
# ErrorValidationLoginCodeInvalidOrAlreadyUsed
kratos-4010008 = The login code is invalid or has already been used. Please try again.
# ErrorValidationLoginLinkedCredentialsDoNotMatch
kratos-4010009 = Linked credentials do not match.
# ErrorValidationLoginAddressUnknown
kratos-4010010 = The address you entered does not match any known addresses in the current account.

## registration
# ErrorValidationRegistrationFlowExpired
kratos-4040001 = The registration flow expired { $expired_at_minutes ->
        [one] 1 minute
       *[other] { $expired_at_minutes } minutes
    } ago, please try again.
# ErrorValidateionRegistrationRetrySuccess
kratos-4040002 = The request was already completed successfully and can not be retried.
# ErrorValidationRegistrationCodeInvalidOrAlreadyUsed
kratos-4040003 = The registration code is invalid or has already been used. Please try again.

## settings
# ErrorValidationSettingsFlowExpired
kratos-4050001 = The settings flow expired { $expired_at_minutes ->
        [one] 1 minute
       *[other] { $expired_at_minutes } minutes
    } ago, please try again.

## recovery
# ErrorValidationRecoveryRetrySuccess
kratos-4060001 = The request was already completed successfully and can not be retried.
# ErrorValidationRecoveryStateFailure
kratos-4060002 = The recovery flow reached a failure state and must be retried.
# ErrorValidationRecoveryTokenInvalidOrAlreadyUsed
kratos-4060004 = The recovery token is invalid or has already been used. Please retry the flow.
# ErrorValidationRecoveryFlowExpired
kratos-4060005 = The recovery flow expired { $expired_at_minutes ->
        [one] 1 minute
       *[other] { $expired_at_minutes } minutes
    } ago, please try again.
# ErrorValidationRecoveryCodeInvalidOrAlreadyUsed
kratos-4060006 = The recovery code is invalid or has already been used. Please try again.

## verification
# ErrorValidationVerificationTokenInvalidOrAlreadyUsed
kratos-4070001 = The verification token is invalid or has already been used. Please retry the flow.
# ErrorValidationVerificationRetrySuccess
kratos-4070002 = The request was already completed successfully and can not be retried.
# ErrorValidationVerificationStateFailure
kratos-4070003 = The verification flow reached a failure state and must be retried.
# ErrorValidationVerificationFlowExpired
kratos-4070005 = The verification flow expired { $expired_at_minutes ->
        [one] 1 minute
       *[other] { $expired_at_minutes } minutes
    } ago, please try again.
# ErrorValidationVerificationCodeInvalidOrAlreadyUsed
kratos-4070006 = The verification code is invalid or has already been used. Please try again.

## system
# ErrorSystemGeneric
kratos-5000001 = { $reason }

## Words Vestibule puts into lists it builds from context values
## (`available_credential_types`): one message per credential type, the
## raw type when none matches.
kratos-credential-type-password = your password
kratos-credential-type-oidc = social sign in
kratos-credential-type-webauthn = your passkey or a security key
kratos-credential-type-passkey = your passkey

## What 4000028 says when Kratos sends an empty `credential_identifier_hint`
## (Kratos' own English does the same).
kratos-credential-identifier-fallback = an email, phone, or username
