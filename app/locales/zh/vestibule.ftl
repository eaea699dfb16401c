page-title = { $title } · { $brand }
flow-title-login = 登录
flow-title-login-second-factor = 双重身份验证
flow-title-login-refresh = 确认是你本人
flow-title-registration = 创建账户
flow-title-recovery = 恢复账户
flow-title-verification = 验证账户
flow-title-settings = 账户设置
link-sign-up = 创建账户
link-forgot-password = 忘记密码？
link-have-account = 已有账户？登录
link-back-to-sign-in = 返回登录
link-back-to-account = 返回你的账户
link-sign-out = 退出登录
settings-heading-profile = 个人资料
settings-heading-password = 密码
settings-heading-lookup-secret = 管理双重验证备用恢复码
settings-heading-totp = 管理双重验证身份验证器应用
settings-heading-webauthn = 管理安全密钥
settings-heading-passkey = 管理通行密钥
settings-heading-oidc = 管理社交账号登录
node-needs-javascript = 此选项需要启用 JavaScript。
welcome-title = 欢迎
welcome-heading = 欢迎
welcome-signed-in-as = 你已登录为 { $email }。
welcome-assurance-level = 安全级别
welcome-signed-in-with = 登录方式
welcome-link-settings = 账户设置
welcome-link-sessions = 会话详情
welcome-signed-out = 你尚未登录。
welcome-link-sign-in = 登录
sessions-title = 会话
sessions-heading = 你的会话
link-back = 返回
error-details-status = 状态：{ $status }
error-details-id = ID：{ $id }
error-technical-details = 技术详情
error-link-home = 前往你的账户
error-retry = 重试
error-start-again = 重新开始
error-sign-in-again = 重新登录
error-unavailable-title = 暂时无法登录
error-unavailable-message = 目前无法连接身份服务，请稍后重试。
error-generic-title = 出了点问题
error-malformed-message = 身份服务返回了此页面无法读取的响应，请重试。
error-refused-message = 身份服务拒绝了此请求。
error-bad-request-title = 此链接不完整
error-missing-id-message = 此错误页面需要错误 ID（?id=…）。
error-unknown-id-message = 未知错误（可能已过期），请重新开始。
error-not-found-title = 找不到页面
error-not-found-message = 此地址下没有任何内容。
error-stored-title = 发生错误
webauthn-insecure-context = 通行密钥和安全密钥需要安全连接：此页面必须通过 HTTPS（或 localhost）访问。
webauthn-unsupported = 此浏览器不支持通行密钥或安全密钥。请使用较新的浏览器，或改用其他方式登录。
webauthn-script-failed = 无法加载通行密钥脚本。请检查网络连接并刷新页面。
webauthn-cancelled = 通行密钥或安全密钥请求已取消或超时，请重试。
webauthn-already-registered = 此通行密钥或安全密钥已注册到此账户。
webauthn-security = 浏览器拒绝了请求：此页面的地址与通行密钥所属的域名不一致。
webauthn-failed = 通行密钥或安全密钥操作失败。
webauthn-failed-detail = 通行密钥或安全密钥操作失败：{ $detail }
webauthn-not-ready = 此通行密钥或安全密钥操作当前不可用。请刷新页面后重试。
webauthn-rp-mismatch = 此页面来自 { $host }，但它的通行密钥和安全密钥属于 { $rp_id }。请在 { $rp_id }（或其子域名）上打开此页面。

## The language menu
# This locale's name for itself, in the menu.
locale-name = 简体中文
language-menu-label = 语言

## Sign-in steps (identifier first: the account in use)
identifier-change = 使用其他账户

## OAuth2 consent (Hydra)
consent-title = 允许访问
# $client is shown in its own element.
consent-heading = 允许 { $client } 访问你的账户吗？
consent-asks = 该应用请求：
consent-scope-openid = 知道你是谁（必需）
consent-scope-email = 查看你的电子邮件地址
consent-scope-profile = 查看你的姓名
consent-scope-offline = 在你离开时保持连接
consent-remember = 记住此选择
consent-allow = 允许
consent-deny = 拒绝
consent-link-website = 应用网站
consent-link-policy = 隐私政策
consent-link-tos = 服务条款

## OAuth2 sign-out (Hydra)
logout-title = 退出登录
logout-question = 要退出登录吗？
logout-question-client = { $client } 请求让你退出登录。要退出登录吗？
logout-accept = 是，退出登录
logout-reject = 否，保持登录

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = 暂时无法连接授权服务。请稍后重试。
error-hydra-malformed-message = 授权服务返回了此页面无法读取的响应。请重试。
error-too-large-message = 身份服务返回的响应过大，无法读取。请重试。
error-hydra-too-large-message = 授权服务返回的响应过大，无法读取。请重试。
error-hydra-answered-title = 此请求已处理
error-hydra-answered-message = 此登录步骤已完成。继续以重新开始授权。
error-continue = 继续
error-hydra-invalid-title = 无法使用此登录请求
error-hydra-invalid-message = 该请求未知、已过期或已被使用。请返回应用并重新登录。
error-hydra-expired-title = 此登录请求已过期
error-hydra-expired-message = 未能及时完成。请返回应用并重新登录。
error-csrf-title = 此表单已过期
error-csrf-message = 表单提交时缺少有效的安全令牌（CSRF）。请返回、刷新页面后重试。
error-oauth2-off-title = 未配置 OAuth2
error-oauth2-off-message = 此服务器启动时未设置 HYDRA_ADMIN_URL，因此不处理 OAuth2 授权同意或退出登录请求。
error-no-randomness-message = 无法保护此页面。请重试。
error-oauth2-title = 无法完成该应用的请求
error-oauth2-message = 授权请求失败。
error-missing-consent-challenge = 此授权同意页面需要 Hydra 附带的 consent_challenge。请返回应用并重新登录。
error-missing-consent-decision = 授权同意表单提交时未包含选择（允许或拒绝）。
error-missing-logout-challenge = 此退出登录页面需要 Hydra 附带的 logout_challenge。
error-missing-logout-answer = 退出登录表单提交时未包含回答（是或否）。

## Redesign (issue 15)
identifier-use-another-address = 使用其他地址
settings-nav-label = 设置分区
settings-button-profile = 保存个人资料
settings-button-password = 更改密码
settings-button-totp = 启用身份验证器应用
forms-divider-or = 或

datetime-utc = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute }（UTC）

# /continue: one email field for sign-in and sign-up.
continue-title = 使用电子邮件继续
continue-heading = 使用电子邮件继续
continue-intro = 使用你的电子邮件地址登录或创建账户。我们会向你发送一个验证码。
continue-email-label = 电子邮件地址
continue-submit = 继续
continue-other-ways = 其他登录方式
continue-code-title = 输入验证码
continue-code-heading = 输入验证码
continue-code-sent = 输入我们发送到 { $address } 的验证码。
continue-code-label = 验证码
continue-resend = 发送新验证码
continue-expired-message = 用时过长。请再次继续以获取验证码。
continue-refused-message = 此地址无法在这里使用。请检查后重试。
