page-title = { $title } · { $brand }
flow-title-login = Вход
flow-title-login-second-factor = Второй этап проверки
flow-title-login-refresh = Подтвердите, что это вы
flow-title-registration = Создание учётной записи
flow-title-recovery = Восстановление доступа
flow-title-verification = Подтверждение учётной записи
flow-title-settings = Настройки учётной записи
link-sign-up = Создать учётную запись
link-forgot-password = Забыли пароль?
link-have-account = Уже есть учётная запись? Войти
link-back-to-sign-in = Вернуться ко входу
link-back-to-account = Вернуться к учётной записи
link-sign-out = Выйти
settings-heading-profile = Профиль
settings-heading-password = Пароль
settings-heading-lookup-secret = Резервные коды двухфакторной аутентификации
settings-heading-totp = Приложение-аутентификатор для двухфакторной аутентификации
settings-heading-webauthn = Ключи безопасности
settings-heading-passkey = Ключи доступа
settings-heading-oidc = Вход через соцсети
node-needs-javascript = Для этого варианта нужен JavaScript.
welcome-title = Добро пожаловать
welcome-heading = Добро пожаловать
welcome-signed-in-as = Вы вошли как { $email }.
welcome-assurance-level = Уровень защиты
welcome-signed-in-with = Способ входа
welcome-link-settings = Настройки учётной записи
welcome-link-sessions = Сведения о сеансе
welcome-signed-out = Вы не вошли в систему.
welcome-link-sign-in = Войти
sessions-title = Сеанс
sessions-heading = Ваш сеанс
link-back = Назад
error-details-status = статус: { $status }
error-details-id = id: { $id }
error-technical-details = Технические подробности
error-link-home = Перейти к учётной записи
error-retry = Повторить
error-start-again = Начать заново
error-sign-in-again = Войти снова
error-unavailable-title = Вход временно недоступен
error-unavailable-message = Служба идентификации сейчас недоступна. Попробуйте ещё раз через минуту.
error-generic-title = Что-то пошло не так
error-malformed-message = Служба идентификации прислала ответ, который эта страница не может прочитать. Попробуйте ещё раз.
error-refused-message = Служба идентификации отклонила этот запрос.
error-bad-request-title = Ссылка неполная
error-missing-id-message = Этой странице ошибки нужен идентификатор ошибки (?id=…).
error-unknown-id-message = Эта ошибка неизвестна (возможно, срок её хранения истёк). Начните заново.
error-not-found-title = Страница не найдена
error-not-found-message = По этому адресу ничего нет.
error-stored-title = Произошла ошибка
webauthn-insecure-context = Для ключей доступа и ключей безопасности нужно защищённое соединение: страница должна открываться по HTTPS (или с localhost).
webauthn-unsupported = Этот браузер не поддерживает ключи доступа и ключи безопасности. Используйте современный браузер или войдите другим способом.
webauthn-script-failed = Не удалось загрузить скрипт для ключей доступа. Проверьте подключение и обновите страницу.
webauthn-cancelled = Запрос ключа доступа или ключа безопасности отменён или истёк. Попробуйте ещё раз.
webauthn-already-registered = Этот ключ доступа или ключ безопасности уже зарегистрирован для этой учётной записи.
webauthn-security = Браузер отклонил запрос: адрес этой страницы не совпадает с доменом, к которому относится ключ доступа.
webauthn-failed = Операция с ключом доступа или ключом безопасности не удалась.
webauthn-failed-detail = Операция с ключом доступа или ключом безопасности не удалась: { $detail }
webauthn-not-ready = Это действие с ключом доступа или ключом безопасности недоступно. Обновите страницу и попробуйте ещё раз.
webauthn-rp-mismatch = Эта страница открыта с { $host }, но её ключи доступа и ключи безопасности относятся к { $rp_id }. Откройте страницу на { $rp_id } (или на его поддомене).

## The language menu
# This locale's name for itself, in the menu.
locale-name = Русский
language-menu-label = Язык

## Sign-in steps (identifier first: the account in use)
identifier-change = Войти в другой аккаунт

## OAuth2 consent (Hydra)
consent-title = Разрешить доступ
# $client is shown in its own element.
consent-heading = Разрешить приложению { $client } доступ к вашему аккаунту?
consent-asks = Приложение запрашивает:
consent-scope-openid = Знать, кто вы (обязательно)
consent-scope-email = Видеть ваш адрес электронной почты
consent-scope-profile = Видеть ваше имя
consent-scope-offline = Оставаться на связи в ваше отсутствие
consent-remember = Запомнить это решение
consent-allow = Разрешить
consent-deny = Отказать
consent-link-website = Сайт приложения
consent-link-policy = Политика конфиденциальности
consent-link-tos = Условия использования

## OAuth2 sign-out (Hydra)
logout-title = Выйти
logout-question = Вы хотите выйти?
logout-question-client = Приложение { $client } просит выполнить выход. Вы хотите выйти?
logout-accept = Да, выйти
logout-reject = Нет, остаться в системе

## More error pages (the authorization service is Hydra)
error-hydra-unavailable-message = Сервис авторизации сейчас недоступен. Повторите попытку через минуту.
error-hydra-malformed-message = Сервис авторизации прислал ответ, который эта страница не может прочитать. Повторите попытку.
error-too-large-message = Сервис идентификации прислал слишком большой ответ. Повторите попытку.
error-hydra-too-large-message = Сервис авторизации прислал слишком большой ответ. Повторите попытку.
error-hydra-answered-title = На этот запрос уже дан ответ
error-hydra-answered-message = Этот шаг входа уже пройден. Продолжите, чтобы начать авторизацию заново.
error-continue = Продолжить
error-hydra-invalid-title = Этот запрос на вход нельзя использовать
error-hydra-invalid-message = Запрос неизвестен, устарел или уже использован. Вернитесь в приложение и войдите снова.
error-hydra-expired-title = Срок действия этого запроса на вход истёк
error-hydra-expired-message = Он не был завершён вовремя. Вернитесь в приложение и войдите снова.
error-csrf-title = Срок действия формы истёк
error-csrf-message = Форма отправлена без действительного токена безопасности (CSRF). Вернитесь назад, обновите страницу и повторите попытку.
error-oauth2-off-title = OAuth2 не настроен
error-oauth2-off-message = Сервер запущен без HYDRA_ADMIN_URL, поэтому не отвечает на запросы согласия и выхода OAuth2.
error-no-randomness-message = Не удалось защитить эту страницу. Повторите попытку.
error-oauth2-title = Запрос приложения не удалось выполнить
error-oauth2-message = Запрос авторизации не выполнен.
error-missing-consent-challenge = Этой странице согласия нужен параметр consent_challenge, который передаёт Hydra. Вернитесь в приложение и войдите снова.
error-missing-consent-decision = Форма согласия отправлена без решения («Разрешить» или «Отказать»).
error-missing-logout-challenge = Этой странице выхода нужен параметр logout_challenge, который передаёт Hydra.
error-missing-logout-answer = Форма выхода отправлена без ответа («Да» или «Нет»).

## Redesign (issue 15)
identifier-use-another-address = Использовать другой адрес
settings-nav-label = Разделы настроек
settings-button-profile = Сохранить профиль
settings-button-password = Сменить пароль
settings-button-totp = Включить приложение-аутентификатор
forms-divider-or = или

datetime-utc = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г. в { $hour }:{ $minute } UTC

# /continue: one email field for sign-in and sign-up.
continue-title = Продолжить с электронной почтой
continue-heading = Продолжить с электронной почтой
continue-intro = Войдите или создайте аккаунт с помощью адреса электронной почты. Мы отправим вам код.
continue-email-label = Адрес электронной почты
continue-submit = Продолжить
continue-other-ways = Другие способы входа
continue-code-title = Введите код
continue-code-heading = Введите код
continue-code-sent = Введите код, который мы отправили на { $address }.
continue-code-label = Код
continue-resend = Отправить новый код
continue-expired-message = Это заняло слишком много времени. Продолжите снова, чтобы получить код.
continue-refused-message = Этот адрес нельзя использовать здесь. Проверьте его и попробуйте снова.
