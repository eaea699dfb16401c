# Kratos v1.3.1 messages, Chinese (Simplified). Ids and variables: see
# ../en/kratos.ftl.

## login
kratos-1010001 = 登录
kratos-1010002 = 使用 { $provider } 登录
kratos-1010003 = 请验证你的身份以确认此操作。
kratos-1010004 = 请完成第二步验证。
kratos-1010005 = 验证
kratos-1010006 = 身份验证码
kratos-1010007 = 备用恢复码
kratos-1010008 = 使用安全密钥登录
kratos-1010009 = 使用身份验证器应用
kratos-1010010 = 使用备用恢复码
kratos-1010011 = 使用安全密钥登录
kratos-1010012 = 请准备好你的 WebAuthn 设备（如安全密钥、指纹识别器等），然后点击“继续”。
kratos-1010013 = 继续
kratos-1010014 = 我们已向你提供的邮箱地址发送了一个验证码。如果没有收到邮件，请检查邮箱地址是否正确，然后重新登录。
kratos-1010015 = 发送登录验证码
kratos-1010016 = 你尝试使用“{ $duplicate_identifier }”登录，但该邮箱已被另一个账户使用。请用下方任一方式登录你的账户，即可将“{ $provider }”上的“{ $duplicate_identifier }”添加为另一种登录方式。
kratos-1010017 = 登录并关联
kratos-1010018 = 使用 { $provider } 确认
kratos-1010019 = 获取验证码以继续
kratos-1010021 = 使用通行密钥登录
kratos-1010022 = 使用密码登录
kratos-1010023 = 将验证码发送至 { $address }

## registration
kratos-1040001 = 注册
kratos-1040002 = 使用 { $provider } 注册
kratos-1040003 = 继续
kratos-1040004 = 使用安全密钥注册
kratos-1040005 = 我们已向你提供的邮箱地址发送了一个验证码。如果没有收到邮件，请检查邮箱地址是否正确，然后重新注册。
kratos-1040006 = 发送注册验证码
kratos-1040007 = 使用通行密钥注册
kratos-1040008 = 返回
kratos-1040009 = 请选择一种验证身份的方式。

## settings
kratos-1050001 = 更改已保存！
kratos-1050002 = 关联 { $provider }
kratos-1050003 = 取消关联 { $provider }
kratos-1050004 = 解除身份验证器应用
kratos-1050005 = 身份验证器应用二维码
kratos-1050006 = { $secret }
kratos-1050007 = 显示备用恢复码
kratos-1050008 = 生成新的备用恢复码
kratos-1050009 = { $secret }
kratos-1050010 = 这些是你的备用恢复码，请妥善保管！
kratos-1050011 = 确认备用恢复码
kratos-1050012 = 添加安全密钥
kratos-1050013 = 安全密钥名称
kratos-1050014 = 已于 { $used_at_date } 使用
kratos-1050015 = { $secrets }
kratos-1050016 = 停用此方式
kratos-1050017 = 这是你的身份验证器应用密钥。无法扫描二维码时可使用它。
kratos-1050018 = 移除安全密钥“{ $display_name }”
kratos-1050019 = 添加通行密钥
kratos-1050020 = 移除通行密钥“{ $display_name }”

## recovery
kratos-1060001 = 你已成功恢复账户。请在 { $privileged_session_expires_at_minutes } 分钟内修改密码，或设置其他登录方式（例如社交账号登录）。
kratos-1060002 = 我们已向你提供的邮箱地址发送了账户恢复链接。如果没有收到邮件，请检查邮箱地址是否正确，并确认使用的是注册时的邮箱。
kratos-1060003 = 我们已向你提供的邮箱地址发送了账户恢复码。如果没有收到邮件，请检查邮箱地址是否正确，并确认使用的是注册时的邮箱。

## node
kratos-1070001 = 密码
kratos-1070002 = { $title }
kratos-1070003 = 保存
kratos-1070004 = ID
kratos-1070005 = 提交
kratos-1070006 = 验证验证码
kratos-1070007 = 邮箱
kratos-1070008 = 重新发送验证码
kratos-1070009 = 继续
kratos-1070010 = 账户恢复码
kratos-1070011 = 验证码
kratos-1070012 = 注册验证码
kratos-1070013 = 登录验证码
kratos-1070014 = 登录并关联凭据
kratos-1070015 = 请完成人机验证以继续。

## verification
kratos-1080001 = 我们已向你提供的邮箱地址发送了验证链接。如果没有收到邮件，请检查邮箱地址是否正确，并确认使用的是注册时的邮箱。
kratos-1080002 = 你的邮箱地址已验证成功。
kratos-1080003 = 我们已向你提供的邮箱地址发送了验证码。如果没有收到邮件，请检查邮箱地址是否正确，并确认使用的是注册时的邮箱。

## validation
kratos-4000001 = { $reason }
kratos-4000002 = 缺少字段 { $property }。
kratos-4000003 = 长度至少为 { $min_length } 个字符，当前为 { $actual_length } 个。
kratos-4000004 = 不符合格式“{ $pattern }”。
kratos-4000005 = 无法使用此密码：{ $reason }。
kratos-4000006 = 凭据无效。请检查密码以及用户名、邮箱地址或手机号是否输入正确。
kratos-4000007 = 已存在使用相同标识（邮箱、手机号、用户名等）的账户。
kratos-4000008 = 身份验证码无效，请重试。
kratos-4000009 = 未找到任何登录标识。是否忘记设置？也可能是服务器配置有误。
kratos-4000010 = 账户尚未激活。你是否已验证邮箱地址？
kratos-4000011 = 你尚未设置身份验证器应用。
kratos-4000012 = 此备用恢复码已被使用。
kratos-4000013 = 你尚未设置 WebAuthn 设备。
kratos-4000014 = 你尚未设置备用恢复码。
kratos-4000015 = 此账户不存在，或未设置安全密钥。
kratos-4000016 = 备用恢复码无效。
kratos-4000017 = 长度最多为 { $max_length } 个字符，当前为 { $actual_length } 个。
kratos-4000018 = 必须大于或等于 { $minimum }，当前为 { $actual }。
kratos-4000019 = 必须大于 { $minimum }，当前为 { $actual }。
kratos-4000020 = 必须小于或等于 { $maximum }，当前为 { $actual }。
kratos-4000021 = 必须小于 { $maximum }，当前为 { $actual }。
kratos-4000022 = { $actual } 不是 { $base } 的倍数。
kratos-4000023 = 最多允许 { $max_items } 项，当前有 { $actual_items } 项。
kratos-4000024 = 至少需要 { $min_items } 项，当前有 { $actual_items } 项。
kratos-4000025 = 第 { $index_a } 项和第 { $index_b } 项相同。
kratos-4000026 = 应为 { $allowed_types }，实际为 { $actual_type }。
kratos-4000027 = 已存在使用相同标识（邮箱、手机号、用户名等）的账户。请登录你的现有账户以关联社交账号。
kratos-4000028 = 你尝试使用 { $credential_identifier_hint } 登录，但该标识已被另一个账户使用。{ $available_credential_types_count ->
        [0] {""}
       *[other] 你可以使用{ $available_credential_types }登录。
    }{ $available_oidc_providers_count ->
        [0] {""}
       *[other] 你可以使用以下社交账号登录：{ $available_oidc_providers }。
    }
kratos-4000029 = 必须等于 { $expected }。
kratos-4000030 = 值与预期不符。
kratos-4000031 = 此密码与账户标识过于相似，无法使用。
kratos-4000032 = 密码长度至少为 { $min_length } 个字符，当前为 { $actual_length } 个。
kratos-4000033 = 密码长度最多为 { $max_length } 个字符，当前为 { $actual_length } 个。
kratos-4000034 = 此密码已出现在数据泄露中，不能再使用。
kratos-4000035 = 此账户不存在，或未设置验证码登录。
kratos-4000036 = 提供的信息与此流程之前关联的信息不一致。
kratos-4000037 = 此账户不存在，或未设置任何登录方式。
kratos-4000038 = 人机验证失败，请重试。

## login errors
kratos-4010001 = 登录已于 { $expired_at_minutes } 分钟前过期，请重试。
kratos-4010002 = 找不到可用的登录方式。表单填写是否正确？
kratos-4010003 = 找不到可用的注册方式。表单填写是否正确？
kratos-4010004 = 找不到可用的方式来更新你的设置。表单填写是否正确？
kratos-4010005 = 找不到可用的方式来恢复你的账户。表单填写是否正确？
kratos-4010006 = 找不到可用的方式来验证你的账户。表单填写是否正确？
kratos-4010007 = 该请求已成功完成，无法重复提交。
kratos-4010008 = 登录验证码无效或已被使用，请重试。
kratos-4010009 = 关联的凭据不匹配。
kratos-4010010 = 你输入的地址与此账户已知的任何地址都不匹配。

## registration errors
kratos-4040001 = 注册已于 { $expired_at_minutes } 分钟前过期，请重试。
kratos-4040002 = 该请求已成功完成，无法重复提交。
kratos-4040003 = 注册验证码无效或已被使用，请重试。

## settings errors
kratos-4050001 = 设置修改已于 { $expired_at_minutes } 分钟前过期，请重试。

## recovery errors
kratos-4060001 = 该请求已成功完成，无法重复提交。
kratos-4060002 = 账户恢复失败，请重新开始。
kratos-4060004 = 账户恢复链接无效或已被使用，请重新开始。
kratos-4060005 = 账户恢复已于 { $expired_at_minutes } 分钟前过期，请重试。
kratos-4060006 = 账户恢复码无效或已被使用，请重试。

## verification errors
kratos-4070001 = 验证链接无效或已被使用，请重新开始。
kratos-4070002 = 该请求已成功完成，无法重复提交。
kratos-4070003 = 验证失败，请重新开始。
kratos-4070005 = 验证已于 { $expired_at_minutes } 分钟前过期，请重试。
kratos-4070006 = 验证码无效或已被使用，请重试。

## system
kratos-5000001 = { $reason }

## credential types in lists
kratos-credential-type-password = 密码
kratos-credential-type-oidc = 社交账号
kratos-credential-type-webauthn = 通行密钥或安全密钥
kratos-credential-type-passkey = 通行密钥
kratos-credential-identifier-fallback = 邮箱、手机号或用户名
