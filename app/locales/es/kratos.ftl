# Kratos v1.3.1 messages, Spanish. Ids and variables: see ../en/kratos.ftl.

## login
kratos-1010001 = Iniciar sesión
kratos-1010002 = Iniciar sesión con { $provider }
kratos-1010003 = Confirma esta acción demostrando que eres tú.
kratos-1010004 = Completa el segundo paso de autenticación.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticación
kratos-1010007 = Código de respaldo
kratos-1010008 = Iniciar sesión con llave de seguridad
kratos-1010009 = Usar la aplicación de autenticación
kratos-1010010 = Usar un código de respaldo
kratos-1010011 = Iniciar sesión con llave de seguridad
kratos-1010012 = Ten a mano tu dispositivo WebAuthn (llave de seguridad, lector de huellas…) y pulsa «Continuar».
kratos-1010013 = Continuar
kratos-1010014 = Hemos enviado un código a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y vuelve a intentar iniciar sesión.
kratos-1010015 = Enviar código de inicio de sesión
kratos-1010016 = Intentaste iniciar sesión con «{ $duplicate_identifier }», pero ese correo ya lo usa otra cuenta. Inicia sesión en tu cuenta con una de las opciones de abajo para añadir «{ $duplicate_identifier }» en «{ $provider }» como otra forma de iniciar sesión.
kratos-1010017 = Iniciar sesión y vincular
kratos-1010018 = Confirmar con { $provider }
kratos-1010019 = Solicitar un código para continuar
kratos-1010021 = Iniciar sesión con llave de acceso
kratos-1010022 = Iniciar sesión con contraseña
kratos-1010023 = Enviar código a { $address }

## registration
kratos-1040001 = Registrarse
kratos-1040002 = Registrarse con { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Registrarse con llave de seguridad
kratos-1040005 = Hemos enviado un código a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y vuelve a intentar el registro.
kratos-1040006 = Enviar código de registro
kratos-1040007 = Registrarse con llave de acceso
kratos-1040008 = Atrás
kratos-1040009 = Elige con qué quieres identificarte.

## settings
kratos-1050001 = ¡Se han guardado los cambios!
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Quitar la aplicación de autenticación
kratos-1050005 = Código QR para la aplicación de autenticación
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar los códigos de respaldo
kratos-1050008 = Generar nuevos códigos de respaldo
kratos-1050009 = { $secret }
kratos-1050010 = Estos son tus códigos de respaldo. ¡Guárdalos en un lugar seguro!
kratos-1050011 = Confirmar los códigos de respaldo
kratos-1050012 = Añadir llave de seguridad
kratos-1050013 = Nombre de la llave de seguridad
kratos-1050014 = Usado el { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Desactivar este método
kratos-1050017 = Esta es la clave secreta de tu aplicación de autenticación. Úsala si no puedes escanear el código QR.
kratos-1050018 = Quitar la llave de seguridad «{ $display_name }»
kratos-1050019 = Añadir llave de acceso
kratos-1050020 = Quitar la llave de acceso «{ $display_name }»

## recovery
kratos-1060001 = Has recuperado tu cuenta. Cambia tu contraseña o configura otro método de inicio de sesión (por ejemplo, una red social) { $privileged_session_expires_at_minutes ->
        [one] en el próximo minuto
       *[other] en los próximos { $privileged_session_expires_at_minutes } minutos
    }.
kratos-1060002 = Hemos enviado un enlace de recuperación a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y que sea la que usaste al registrarte.
kratos-1060003 = Hemos enviado un código de recuperación a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y que sea la que usaste al registrarte.

## node
kratos-1070001 = Contraseña
kratos-1070002 = { $title }
kratos-1070003 = Guardar
kratos-1070004 = ID
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = Correo electrónico
kratos-1070008 = Reenviar código
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperación
kratos-1070011 = Código de verificación
kratos-1070012 = Código de registro
kratos-1070013 = Código de inicio de sesión
kratos-1070014 = Iniciar sesión y vincular credencial
kratos-1070015 = Completa el captcha para continuar.

## verification
kratos-1080001 = Hemos enviado un enlace de verificación a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y que sea la que usaste al registrarte.
kratos-1080002 = Has verificado tu dirección de correo.
kratos-1080003 = Hemos enviado un código de verificación a la dirección de correo que indicaste. Si no lo recibes, revisa que la dirección esté bien escrita y que sea la que usaste al registrarte.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = Falta el campo { $property }.
kratos-4000003 = { $min_length ->
        [one] Se requiere al menos { $min_length } carácter
       *[other] Se requieren al menos { $min_length } caracteres
    } (tiene { $actual_length }).
kratos-4000004 = No coincide con el patrón «{ $pattern }».
kratos-4000005 = No se puede usar esta contraseña: { $reason }.
kratos-4000006 = Las credenciales no son válidas. Revisa que la contraseña y el nombre de usuario, correo o número de teléfono estén bien escritos.
kratos-4000007 = Ya existe una cuenta con el mismo identificador (correo, teléfono, nombre de usuario…).
kratos-4000008 = El código de autenticación no es válido. Inténtalo de nuevo.
kratos-4000009 = No se encontró ningún identificador de inicio de sesión. ¿Olvidaste configurarlos? También puede deberse a un error de configuración del servidor.
kratos-4000010 = La cuenta aún no está activa. ¿Has verificado tu dirección de correo?
kratos-4000011 = No tienes ninguna aplicación de autenticación configurada.
kratos-4000012 = Este código de respaldo ya se ha usado.
kratos-4000013 = No tienes ningún dispositivo WebAuthn configurado.
kratos-4000014 = No tienes códigos de respaldo configurados.
kratos-4000015 = Esta cuenta no existe o no tiene ninguna llave de seguridad.
kratos-4000016 = El código de respaldo no es válido.
kratos-4000017 = { $max_length ->
        [one] Se permite como máximo { $max_length } carácter
       *[other] Se permiten como máximo { $max_length } caracteres
    } (tiene { $actual_length }).
kratos-4000018 = Debe ser como mínimo { $minimum }, pero es { $actual }.
kratos-4000019 = Debe ser mayor que { $minimum }, pero es { $actual }.
kratos-4000020 = Debe ser como máximo { $maximum }, pero es { $actual }.
kratos-4000021 = Debe ser menor que { $maximum }, pero es { $actual }.
kratos-4000022 = { $actual } no es múltiplo de { $base }.
kratos-4000023 = { $max_items ->
        [one] Se permite como máximo { $max_items } elemento
       *[other] Se permiten como máximo { $max_items } elementos
    } (hay { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] Se requiere al menos { $min_items } elemento
       *[other] Se requieren al menos { $min_items } elementos
    } (hay { $actual_items }).
kratos-4000025 = Los elementos de las posiciones { $index_a } y { $index_b } son iguales.
kratos-4000026 = Se esperaba { $allowed_types }, pero se recibió { $actual_type }.
kratos-4000027 = Ya existe una cuenta con el mismo identificador (correo, teléfono, nombre de usuario…). Inicia sesión en tu cuenta para vincular tu perfil social.
kratos-4000028 = Intentaste iniciar sesión con { $credential_identifier_hint }, pero ese identificador ya lo usa otra cuenta.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Puedes iniciar sesión con { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Puedes iniciar sesión con uno de estos proveedores: { $available_oidc_providers }.
    }
kratos-4000029 = Debe ser igual a { $expected }.
kratos-4000030 = El valor no es el esperado.
kratos-4000031 = No se puede usar esta contraseña porque se parece demasiado al identificador.
kratos-4000032 = La contraseña debe tener al menos { $min_length } caracteres (tiene { $actual_length }).
kratos-4000033 = La contraseña debe tener como máximo { $max_length } caracteres (tiene { $actual_length }).
kratos-4000034 = Esta contraseña aparece en filtraciones de datos y ya no se puede usar.
kratos-4000035 = Esta cuenta no existe o no tiene configurado el inicio de sesión con código.
kratos-4000036 = Los datos indicados no coinciden con los que se asociaron antes a este proceso.
kratos-4000037 = Esta cuenta no existe o no tiene ningún método de inicio de sesión configurado.
kratos-4000038 = La verificación del captcha ha fallado. Inténtalo de nuevo.

## login errors
kratos-4010001 = El inicio de sesión caducó hace { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Inténtalo de nuevo.
kratos-4010002 = No se encontró ninguna forma de iniciar sesión con estos datos. ¿Has rellenado bien el formulario?
kratos-4010003 = No se encontró ninguna forma de registrarte con estos datos. ¿Has rellenado bien el formulario?
kratos-4010004 = No se encontró ninguna forma de actualizar tu configuración con estos datos. ¿Has rellenado bien el formulario?
kratos-4010005 = No se encontró ninguna forma de recuperar tu cuenta con estos datos. ¿Has rellenado bien el formulario?
kratos-4010006 = No se encontró ninguna forma de verificar tu cuenta con estos datos. ¿Has rellenado bien el formulario?
kratos-4010007 = La solicitud ya se completó correctamente y no se puede repetir.
kratos-4010008 = El código de inicio de sesión no es válido o ya se ha usado. Inténtalo de nuevo.
kratos-4010009 = Las credenciales vinculadas no coinciden.
kratos-4010010 = La dirección que has introducido no coincide con ninguna de las conocidas de esta cuenta.

## registration errors
kratos-4040001 = El registro caducó hace { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Inténtalo de nuevo.
kratos-4040002 = La solicitud ya se completó correctamente y no se puede repetir.
kratos-4040003 = El código de registro no es válido o ya se ha usado. Inténtalo de nuevo.

## settings errors
kratos-4050001 = El cambio de configuración caducó hace { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Inténtalo de nuevo.

## recovery errors
kratos-4060001 = La solicitud ya se completó correctamente y no se puede repetir.
kratos-4060002 = La recuperación de la cuenta ha fallado y hay que empezar de nuevo.
kratos-4060004 = El enlace de recuperación no es válido o ya se ha usado. Empieza de nuevo.
kratos-4060005 = La recuperación de la cuenta caducó hace { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Inténtalo de nuevo.
kratos-4060006 = El código de recuperación no es válido o ya se ha usado. Inténtalo de nuevo.

## verification errors
kratos-4070001 = El enlace de verificación no es válido o ya se ha usado. Empieza de nuevo.
kratos-4070002 = La solicitud ya se completó correctamente y no se puede repetir.
kratos-4070003 = La verificación ha fallado y hay que empezar de nuevo.
kratos-4070005 = La verificación caducó hace { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Inténtalo de nuevo.
kratos-4070006 = El código de verificación no es válido o ya se ha usado. Inténtalo de nuevo.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = tu contraseña
kratos-credential-type-oidc = una red social
kratos-credential-type-webauthn = tu llave de acceso o una llave de seguridad
kratos-credential-type-passkey = tu llave de acceso
kratos-credential-identifier-fallback = un correo, un teléfono o un nombre de usuario
