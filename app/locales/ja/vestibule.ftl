page-title = { $title } · { $brand }
flow-title-login = ログイン
flow-title-login-second-factor = 2 段階認証
flow-title-login-refresh = ご本人確認
flow-title-registration = アカウントを作成
flow-title-recovery = アカウントを復旧
flow-title-verification = アカウントを確認
flow-title-settings = アカウント設定
link-sign-up = アカウントを作成
link-forgot-password = パスワードをお忘れですか？
link-have-account = アカウントをお持ちの方はログイン
link-back-to-sign-in = ログインに戻る
link-back-to-account = アカウントに戻る
link-sign-out = ログアウト
settings-heading-profile = プロフィール
settings-heading-password = パスワード
settings-heading-lookup-secret = 2 段階認証のバックアップコード
settings-heading-totp = 2 段階認証の認証アプリ
settings-heading-webauthn = セキュリティキー
settings-heading-passkey = パスキー
settings-heading-oidc = ソーシャルログイン
node-needs-javascript = このオプションには JavaScript が必要です。
welcome-title = ようこそ
welcome-heading = ようこそ
welcome-signed-in-as = { $email } としてログインしています。
welcome-assurance-level = 認証レベル
welcome-signed-in-with = ログイン方法
welcome-link-settings = アカウント設定
welcome-link-sessions = セッションの詳細
welcome-signed-out = ログインしていません。
welcome-link-sign-in = ログイン
sessions-title = セッション
sessions-heading = あなたのセッション
link-back = 戻る
error-details-status = ステータス：{ $status }
error-details-id = ID：{ $id }
error-technical-details = 技術的な詳細
error-link-home = アカウントへ移動
error-retry = 再試行
error-start-again = 最初からやり直す
error-sign-in-again = もう一度ログイン
error-unavailable-title = ログインを利用できません
error-unavailable-message = 現在、認証サービスに接続できません。しばらくしてからもう一度お試しください。
error-generic-title = 問題が発生しました
error-malformed-message = 認証サービスから、このページで読み取れない応答が返されました。もう一度お試しください。
error-refused-message = 認証サービスがこのリクエストを拒否しました。
error-bad-request-title = このリンクは不完全です
error-missing-id-message = このエラーページにはエラー ID（?id=…）が必要です。
error-unknown-id-message = このエラーは見つかりません（期限切れの可能性があります）。最初からやり直してください。
error-not-found-title = ページが見つかりません
error-not-found-message = このアドレスには何もありません。
error-stored-title = エラーが発生しました
webauthn-insecure-context = パスキーとセキュリティキーには安全な接続が必要です。このページは HTTPS（または localhost）で配信する必要があります。
webauthn-unsupported = このブラウザはパスキーにもセキュリティキーにも対応していません。最新のブラウザを使うか、別の方法でログインしてください。
webauthn-script-failed = パスキー用のスクリプトを読み込めませんでした。接続を確認して、ページを再読み込みしてください。
webauthn-cancelled = パスキーまたはセキュリティキーのリクエストがキャンセルされたか、タイムアウトしました。もう一度お試しください。
webauthn-already-registered = このパスキーまたはセキュリティキーは、このアカウントにすでに登録されています。
webauthn-security = ブラウザがリクエストを拒否しました。このページのアドレスが、パスキーの属するドメインと一致しません。
webauthn-failed = パスキーまたはセキュリティキーの操作に失敗しました。
webauthn-failed-detail = パスキーまたはセキュリティキーの操作に失敗しました：{ $detail }
webauthn-not-ready = このパスキーまたはセキュリティキーの操作は利用できません。ページを再読み込みして、もう一度お試しください。
webauthn-rp-mismatch = このページは { $host } から配信されていますが、パスキーとセキュリティキーは { $rp_id } に属しています。{ $rp_id }（またはそのサブドメイン）でページを開いてください。

## The language menu
# This locale's name for itself, in the menu.
locale-name = 日本語
language-menu-label = 言語

## Sign-in steps (identifier first: the account in use)
identifier-change = 別のアカウントを使う

## OAuth2 consent (Hydra)
consent-title = アクセスを許可
# $client is shown in its own element.
consent-heading = { $client } にアカウントへのアクセスを許可しますか？
consent-asks = このアプリケーションは次を求めています：
consent-scope-openid = あなたが誰かを知る（必須）
consent-scope-email = メールアドレスを見る
consent-scope-profile = 名前を見る
consent-scope-offline = 不在の間も接続を維持する
consent-remember = この選択を記憶する
consent-allow = 許可
consent-deny = 拒否
consent-link-website = アプリケーションのウェブサイト
consent-link-policy = プライバシーポリシー
consent-link-tos = 利用規約

## OAuth2 sign-out (Hydra)
logout-title = サインアウト
logout-question = サインアウトしますか？
logout-question-client = { $client } がサインアウトを求めています。サインアウトしますか？
logout-accept = はい、サインアウトします
logout-reject = いいえ、サインインしたままにします

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = 認可サービスに現在接続できません。しばらくしてからもう一度お試しください。
error-hydra-malformed-message = 認可サービスから、このページでは読み取れない応答が返されました。もう一度お試しください。
error-too-large-message = ID サービスからの応答が大きすぎて読み取れません。もう一度お試しください。
error-hydra-too-large-message = 認可サービスからの応答が大きすぎて読み取れません。もう一度お試しください。
error-hydra-answered-title = このリクエストには既に応答済みです
error-hydra-answered-message = このサインイン手順は既に完了しています。続行して認可をやり直してください。
error-continue = 続行
error-hydra-invalid-title = このサインインリクエストは使用できません
error-hydra-invalid-message = リクエストが不明か、期限切れか、既に使用されています。アプリケーションに戻ってもう一度サインインしてください。
error-hydra-expired-title = このサインイン要求は期限切れです
error-hydra-expired-message = 時間内に完了しませんでした。アプリケーションに戻り、もう一度サインインしてください。
error-csrf-title = このフォームは期限切れです
error-csrf-message = 有効なセキュリティトークン（CSRF）なしでフォームが送信されました。前のページに戻り、再読み込みしてからもう一度お試しください。
error-oauth2-off-title = OAuth2 が設定されていません
error-oauth2-off-message = このサーバーは HYDRA_ADMIN_URL なしで起動されたため、OAuth2 の同意やサインアウトのリクエストには応答しません。
error-no-randomness-message = このページを保護できませんでした。もう一度お試しください。
error-oauth2-title = アプリケーションのリクエストを完了できませんでした
error-oauth2-message = 認可リクエストに失敗しました。
error-missing-consent-challenge = この同意ページには、Hydra が送る consent_challenge が必要です。アプリケーションに戻ってもう一度サインインしてください。
error-missing-consent-decision = 同意フォームが選択（許可または拒否）なしで送信されました。
error-missing-logout-challenge = このサインアウトページには、Hydra が送る logout_challenge が必要です。
error-missing-logout-answer = サインアウトフォームが回答（はい または いいえ）なしで送信されました。

## Redesign (issue 15)
identifier-use-another-address = 別のアドレスを使う
settings-nav-label = 設定のセクション
settings-button-profile = プロフィールを保存
settings-button-password = パスワードを変更
settings-button-totp = 認証アプリを有効にする
forms-divider-or = または

datetime-utc = { $year }年{ $month }月{ $day }日 { $hour }:{ $minute }（UTC）

# /continue: one email field for sign-in and sign-up.
continue-title = メールアドレスで続行
continue-heading = メールアドレスで続行
continue-intro = メールアドレスでサインインまたはアカウントを作成します。コードをお送りします。
continue-email-label = メールアドレス
continue-submit = 続行
continue-other-ways = その他のサインイン方法
continue-code-title = コードを入力
continue-code-heading = コードを入力
continue-code-sent = { $address } に送信したコードを入力してください。
continue-code-label = コード
continue-resend = 新しいコードを送信
continue-expired-message = 時間がかかりすぎました。もう一度続行してコードを受け取ってください。
continue-refused-message = このアドレスはここでは使用できません。確認してもう一度お試しください。
