# Kratos v1.3.1 messages, Portuguese (Brazilian usage). Ids and variables:
# see ../en/kratos.ftl.

## login
kratos-1010001 = Entrar
kratos-1010002 = Entrar com { $provider }
kratos-1010003 = Confirme esta ação comprovando que é você.
kratos-1010004 = Conclua a segunda etapa de autenticação.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticação
kratos-1010007 = Código de backup
kratos-1010008 = Entrar com chave de segurança
kratos-1010009 = Usar app autenticador
kratos-1010010 = Usar código de backup
kratos-1010011 = Entrar com chave de segurança
kratos-1010012 = Tenha em mãos seu dispositivo WebAuthn (chave de segurança, leitor de digitais…) e toque em “Continuar”.
kratos-1010013 = Continuar
kratos-1010014 = Enviamos um código para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e tente entrar de novo.
kratos-1010015 = Enviar código de acesso
kratos-1010016 = Você tentou entrar com “{ $duplicate_identifier }”, mas esse e-mail já é usado por outra conta. Entre na sua conta com uma das opções abaixo para adicionar “{ $duplicate_identifier }” em “{ $provider }” como outra forma de entrar.
kratos-1010017 = Entrar e vincular
kratos-1010018 = Confirmar com { $provider }
kratos-1010019 = Solicitar código para continuar
kratos-1010021 = Entrar com chave de acesso
kratos-1010022 = Entrar com senha
kratos-1010023 = Enviar código para { $address }

## registration
kratos-1040001 = Cadastrar-se
kratos-1040002 = Cadastrar-se com { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Cadastrar-se com chave de segurança
kratos-1040005 = Enviamos um código para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e tente se cadastrar de novo.
kratos-1040006 = Enviar código de cadastro
kratos-1040007 = Cadastrar-se com chave de acesso
kratos-1040008 = Voltar
kratos-1040009 = Escolha como deseja se identificar.

## settings
kratos-1050001 = Suas alterações foram salvas!
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Remover app autenticador
kratos-1050005 = QR code do app autenticador
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar códigos de backup
kratos-1050008 = Gerar novos códigos de backup
kratos-1050009 = { $secret }
kratos-1050010 = Estes são seus códigos de backup. Guarde-os em um lugar seguro!
kratos-1050011 = Confirmar códigos de backup
kratos-1050012 = Adicionar chave de segurança
kratos-1050013 = Nome da chave de segurança
kratos-1050014 = Usado em { $used_at_date }
kratos-1050015 = { $secrets }
kratos-1050016 = Desativar este método
kratos-1050017 = Esta é a chave secreta do seu app autenticador. Use-a se não conseguir ler o QR code.
kratos-1050018 = Remover a chave de segurança “{ $display_name }”
kratos-1050019 = Adicionar chave de acesso
kratos-1050020 = Remover a chave de acesso “{ $display_name }”

## recovery
kratos-1060001 = Você recuperou sua conta. Altere sua senha ou configure outra forma de entrar (por exemplo, uma rede social) { $privileged_session_expires_at_minutes ->
        [one] no próximo minuto
       *[other] nos próximos { $privileged_session_expires_at_minutes } minutos
    }.
kratos-1060002 = Enviamos um link de recuperação para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo usado no cadastro.
kratos-1060003 = Enviamos um código de recuperação para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo usado no cadastro.

## node
kratos-1070001 = Senha
kratos-1070002 = { $title }
kratos-1070003 = Salvar
kratos-1070004 = ID
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = E-mail
kratos-1070008 = Reenviar código
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperação
kratos-1070011 = Código de verificação
kratos-1070012 = Código de cadastro
kratos-1070013 = Código de acesso
kratos-1070014 = Entrar e vincular credencial
kratos-1070015 = Resolva o captcha para continuar.

## verification
kratos-1080001 = Enviamos um link de verificação para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo usado no cadastro.
kratos-1080002 = Seu endereço de e-mail foi verificado.
kratos-1080003 = Enviamos um código de verificação para o e-mail informado. Se ele não chegar, confira se o endereço está escrito corretamente e se é o mesmo usado no cadastro.

## validation
kratos-4000001 = { $reason }
kratos-4000002 = O campo { $property } está faltando.
kratos-4000003 = { $min_length ->
        [one] É preciso ter pelo menos { $min_length } caractere
       *[other] É preciso ter pelo menos { $min_length } caracteres
    } (atual: { $actual_length }).
kratos-4000004 = Não corresponde ao padrão “{ $pattern }”.
kratos-4000005 = Esta senha não pode ser usada: { $reason }.
kratos-4000006 = As credenciais são inválidas. Confira se a senha e o nome de usuário, e-mail ou telefone estão escritos corretamente.
kratos-4000007 = Já existe uma conta com o mesmo identificador (e-mail, telefone, nome de usuário…).
kratos-4000008 = O código de autenticação é inválido. Tente novamente.
kratos-4000009 = Nenhum identificador de acesso foi encontrado. Você esqueceu de defini-los? Isso também pode ser um erro de configuração do servidor.
kratos-4000010 = A conta ainda não está ativa. Você já verificou seu e-mail?
kratos-4000011 = Você não configurou nenhum app autenticador.
kratos-4000012 = Este código de backup já foi usado.
kratos-4000013 = Você não configurou nenhum dispositivo WebAuthn.
kratos-4000014 = Você não configurou códigos de backup.
kratos-4000015 = Esta conta não existe ou não tem chave de segurança.
kratos-4000016 = O código de backup não é válido.
kratos-4000017 = { $max_length ->
        [one] É permitido no máximo { $max_length } caractere
       *[other] São permitidos no máximo { $max_length } caracteres
    } (atual: { $actual_length }).
kratos-4000018 = Deve ser no mínimo { $minimum }, mas é { $actual }.
kratos-4000019 = Deve ser maior que { $minimum }, mas é { $actual }.
kratos-4000020 = Deve ser no máximo { $maximum }, mas é { $actual }.
kratos-4000021 = Deve ser menor que { $maximum }, mas é { $actual }.
kratos-4000022 = { $actual } não é múltiplo de { $base }.
kratos-4000023 = { $max_items ->
        [one] É permitido no máximo { $max_items } item
       *[other] São permitidos no máximo { $max_items } itens
    } (atual: { $actual_items }).
kratos-4000024 = { $min_items ->
        [one] É preciso ter pelo menos { $min_items } item
       *[other] É preciso ter pelo menos { $min_items } itens
    } (atual: { $actual_items }).
kratos-4000025 = Os itens nas posições { $index_a } e { $index_b } são iguais.
kratos-4000026 = Esperado: { $allowed_types }; recebido: { $actual_type }.
kratos-4000027 = Já existe uma conta com o mesmo identificador (e-mail, telefone, nome de usuário…). Entre na sua conta para vincular seu perfil social.
kratos-4000028 = Você tentou entrar com { $credential_identifier_hint }, mas esse identificador já é usado por outra conta.{ $available_credential_types_count ->
        [0] {""}
       *[other] {" "}Você pode entrar com { $available_credential_types }.
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] {" "}Você pode entrar com um destes provedores: { $available_oidc_providers }.
    }
kratos-4000029 = Deve ser igual a { $expected }.
kratos-4000030 = O valor não é o esperado.
kratos-4000031 = Esta senha não pode ser usada porque é parecida demais com o identificador.
kratos-4000032 = A senha deve ter pelo menos { $min_length } caracteres (atual: { $actual_length }).
kratos-4000033 = A senha deve ter no máximo { $max_length } caracteres (atual: { $actual_length }).
kratos-4000034 = Esta senha apareceu em vazamentos de dados e não pode mais ser usada.
kratos-4000035 = Esta conta não existe ou não configurou o acesso com código.
kratos-4000036 = Os dados informados não correspondem aos associados anteriormente a este processo.
kratos-4000037 = Esta conta não existe ou não tem nenhuma forma de acesso configurada.
kratos-4000038 = A verificação do captcha falhou. Tente novamente.

## login errors
kratos-4010001 = O acesso expirou há { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Tente novamente.
kratos-4010002 = Não encontramos uma forma de fazer você entrar com esses dados. O formulário foi preenchido corretamente?
kratos-4010003 = Não encontramos uma forma de cadastrar você com esses dados. O formulário foi preenchido corretamente?
kratos-4010004 = Não encontramos uma forma de atualizar suas configurações com esses dados. O formulário foi preenchido corretamente?
kratos-4010005 = Não encontramos uma forma de recuperar sua conta com esses dados. O formulário foi preenchido corretamente?
kratos-4010006 = Não encontramos uma forma de verificar sua conta com esses dados. O formulário foi preenchido corretamente?
kratos-4010007 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4010008 = O código de acesso é inválido ou já foi usado. Tente novamente.
kratos-4010009 = As credenciais vinculadas não correspondem.
kratos-4010010 = O endereço informado não corresponde a nenhum dos endereços conhecidos desta conta.

## registration errors
kratos-4040001 = O cadastro expirou há { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Tente novamente.
kratos-4040002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4040003 = O código de cadastro é inválido ou já foi usado. Tente novamente.

## settings errors
kratos-4050001 = A alteração das configurações expirou há { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Tente novamente.

## recovery errors
kratos-4060001 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4060002 = A recuperação da conta falhou e precisa ser refeita.
kratos-4060004 = O link de recuperação é inválido ou já foi usado. Comece de novo.
kratos-4060005 = A recuperação da conta expirou há { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Tente novamente.
kratos-4060006 = O código de recuperação é inválido ou já foi usado. Tente novamente.

## verification errors
kratos-4070001 = O link de verificação é inválido ou já foi usado. Comece de novo.
kratos-4070002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4070003 = A verificação falhou e precisa ser refeita.
kratos-4070005 = A verificação expirou há { $expired_at_minutes ->
        [one] { $expired_at_minutes } minuto
       *[other] { $expired_at_minutes } minutos
    }. Tente novamente.
kratos-4070006 = O código de verificação é inválido ou já foi usado. Tente novamente.

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = sua senha
kratos-credential-type-oidc = uma rede social
kratos-credential-type-webauthn = sua chave de acesso ou uma chave de segurança
kratos-credential-type-passkey = sua chave de acesso
kratos-credential-identifier-fallback = um e-mail, telefone ou nome de usuário
