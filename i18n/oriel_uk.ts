<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Файл {name} пропущено: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Зображення {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Диск заповнений: у {folder} потрібно {size}. Не збережено.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Запитайте про будь-що або перетягніть сюди зображення, щоб поговорити про нього.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Повідомлення для Oriel (Enter — надіслати, Shift+Enter — новий рядок)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Долучити зображення</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Надіслати повідомлення</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Зупинити відповідь</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Ви редагуєте одне з попередніх повідомлень. Після надсилання стара версія збережеться.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Скасувати редагування</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Вилучити зображення {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Зображення ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>До повідомлення можна долучити щонайбільше %n зображення.</numerusform>
            <numerusform>До повідомлення можна долучити щонайбільше %n зображення.</numerusform>
            <numerusform>До повідомлення можна долучити щонайбільше %n зображень.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» — не зображення, яке Oriel може прочитати. Можна долучати зображення PNG, JPEG, WebP, GIF і BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Вставлене зображення {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Віддалений рушій</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Відповідати за допомогою сервера замість цього комп’ютера</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Будь-який сервер, сумісний з OpenAI (vLLM, SGLang, llama.cpp, Ollama). Ваші повідомлення й зображення надсилаються на нього, і вікно повідомляє про це, доки його ввімкнено.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Назва моделі</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Порожньо: єдина модель сервера</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Забути ключ</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Локальний сервер API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Надавати завантажену модель іншим застосункам на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Скопіювати адресу</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Скопіювати токен</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Скопіювати ідентифікатор</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Ключ зберігається лише протягом цього сеансу.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Для цього сервера збережено ключ. Введіть новий, щоб замінити його.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Залиште ключ порожнім, якщо сервер його не потребує.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Немає з’єднання: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>З’єднано з {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Клієнт може перевірити, що на цьому порту працює Oriel, перш ніж надіслати токен: він надсилає випадковий заголовок {challenge}, а Oriel відповідає {proof} — HMAC-SHA256 виклику з цим ідентифікатором як ключем. Інша програма на порту так не зможе.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Ключ API буде надіслано на {destination} без шифрування: будь-хто в мережі дорогою зможе його прочитати. Використайте адресу https://, якщо вона є в сервера. Усе одно надіслати?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>На цьому комп’ютері немає в’язки ключів, щоб надійно зберігати ключ API.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Запустіть в’язку ключів вашого робочого середовища (наприклад, GNOME Keyring або KWallet) і спробуйте ще раз, збережіть ключ у файлі, який може читати лише ваш обліковий запис (він не зашифрований), або зберігайте його лише до закриття Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Зберегти у файл (без шифрування)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Лише цей сеанс</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Вітаємо в Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel — це помічник, який повністю працює на цьому комп’ютері. Ваші розмови й зображення лишаються тут: немає облікового запису, немає телеметрії, а до мережі Oriel звертається лише тоді, коли ви завантажуєте модель.

Тепер виберіть модель. Більші моделі відповідають краще, але потребують більше пам’яті й працюють повільніше.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Виберіть модель</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: завантаження {download}, потрібно близько {ram} пам’яті</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(рекомендовано для цього комп’ютера)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(встановлено)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Імпортувати теку…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Почати розмову</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Поступ завантаження</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Імпорт теки з моделлю</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Модель готова.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Зображення в повному розмірі</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Рівень мікрофона</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Токен зберігається в системній в’язці ключів.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Токен зберігається у файлі, який може читати лише ваш обліковий запис, у теці {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Порт {port} уже використовує інша програма: виберіть інший порт.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Не вдалося запустити сервер: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новий чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Пошук у чатах</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Зупинити відповідь</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Перейти до поля повідомлення</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Згенерувати останню відповідь наново</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чати</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Чати й розмова</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Прискорювач</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Використано контексту</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Долучати можна лише файли з цього комп’ютера.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>З’єднання з {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Рушій недоступний</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Рушій зупинено</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Запуск рушія…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Завантаження Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Модель не завантажено</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Віддалено</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} токенів/с</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Контекст {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Модель Qwen3.5 {size} не встановлено. Завантажте її в налаштуваннях.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Попередня версія</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Наступна версія</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копіювати повідомлення</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Змінити повідомлення й надіслати знову</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Наново</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Згенерувати цю відповідь наново</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ваше повідомлення</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Зображення {number} з {total}, відкрити в повному розмірі</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Версія {version} з {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Думає…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Міркування: %Ln с</numerusform>
            <numerusform>Міркування: %Ln с</numerusform>
            <numerusform>Міркування: %Ln с</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Зупинено.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Перервано: Oriel закрили до того, як відповідь була готова.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Говорити замість набору тексту ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Зупинити запис і розпізнати ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Розпізнавання… натисніть, щоб зупинити</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Призупинено. Уже завантажене збережено: почніть знову, щоб продовжити.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RemoteBanner</name>
    <message>
        <source>Remote engine</source>
        <extracomment>the banner&apos;s title while an OpenAI-compatible server answers instead of this computer</extracomment>
        <translation>Віддалений рушій</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Використовувати цей комп’ютер</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Вимкнути віддалений рушій</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Немає з’єднання: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>З’єднання з {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Повідомлення й зображення передаються іншій програмі на цьому комп’ютері ({destination}); вони не залишають пристрій.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Повідомлення й зображення залишають цей комп’ютер: вони надсилаються на {destination} зашифрованим з’єднанням (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Повідомлення й зображення залишають цей комп’ютер: вони надсилаються на {destination} без шифрування (звичайний HTTP), тож інші в мережі можуть їх прочитати.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Введіть адресу сервера, що починається з http:// або https://, наприклад http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>З’єднання</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Розмір моделі</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Прискорювач</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Довжина контексту (у токенах)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Тека моделей</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системна інструкція</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Токенів на зображення</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Top p</source>
        <extracomment>nucleus sampling; usually kept as the technical term</extracomment>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Top k</source>
        <extracomment>top-k sampling; usually kept as the technical term</extracomment>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Min p</source>
        <extracomment>min-p sampling; usually kept as the technical term</extracomment>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Штраф за повтори</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Штраф за присутність</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Завантажити вибрану модель</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Поступ завантаження</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Вибрати теку моделей</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Типова тека</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Міркувати перед відповіддю (повільніше, але часто краще)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Рекомендовані значення</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Повернути рекомендовані для цієї моделі параметри вибірки</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Розділи налаштувань</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Автоматично (найкращий доступний)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Не використовується: відповідає віддалений рушій (див. «З’єднання»).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Використовується: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} з {total} вузлів виконуються на {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Модель ще не завантажено.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Темна</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>встановлено</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Встановлено. Потрібно близько {ram} пам’яті.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Не встановлено: завантаження {size}. Потрібно близько {ram} пам’яті.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Новий чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Пошук у чатах</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Розмови</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Експорт у Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Експорт у JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Видалення чату</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Видалити «{title}»? Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Експорт чату</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Не вдалося зберегти «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Файл «{path}» збережено.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Модель мовлення (голосове введення)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Завантажити вибрану модель мовлення</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Скасувати завантаження</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Імпортувати теку…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Імпортувати теку з моделлю мовлення</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Поступ завантаження</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: швидка (рекомендовано)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: точніша, повільніша</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>встановлено</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Встановлено ({size}). Голосове введення використовуватиме її, щойно ви натиснете OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Встановлено ({size}). Голосове введення використовує цю модель.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Модель мовлення ще не встановлено: вона потрібна для голосового введення.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Не встановлено.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Запис закороткий для розпізнавання.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Мікрофон від’єднано. Розпізнається те, що встигло записатися.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Запис зупиняється через %n хвилину. Зараз його буде розпізнано.</numerusform>
            <numerusform>Запис зупиняється через %n хвилини. Зараз його буде розпізнано.</numerusform>
            <numerusform>Запис зупиняється через %n хвилин. Зараз його буде розпізнано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel не почув у записі жодного слова.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Модель мовлення не встановлено. Завантажте її в налаштуваннях: на вкладці «Модель», у розділі «Модель мовлення (голосове введення)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Не вдалося розпізнати запис: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Мікрофон не знайдено. Під’єднайте його або виберіть як пристрій введення в налаштуваннях звуку системи.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel не чує мікрофона. Можливо, звук вимкнено або Oriel не має дозволу ним користуватися: перевірте доступ до мікрофона в налаштуваннях приватності системи.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Мікрофон від’єднано раніше, ніж щось записалося.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Для голосового введення потрібна аудіобібліотека PortAudio, яку не встановлено. Установіть її командою «{command}» і перезапустіть Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Голосове введення недоступне: бракує аудіобібліотеки (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Не вдалося відкрити мікрофон ({reason}). Можливо, ним користується інша програма.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Модель не завантажено. Виберіть її в налаштуваннях.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Файли моделі не знайдено. Завантажте або імпортуйте модель знову в налаштуваннях.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Файли моделі пошкоджено. Завантажте модель знову в налаштуваннях.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Для цієї моделі бракує пам’яті. Закрийте інші програми або виберіть меншу модель.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Розмова довша за контекст моделі. Почніть новий чат або збільште довжину контексту в налаштуваннях.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Вибраний прискорювач недоступний. Виберіть у налаштуваннях «Автоматично».</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Не вдалося прочитати одне із зображень.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Рушій несподівано зупинився й перезапускається. Ваша розмова в безпеці.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Рушій не відповідає цій версії Oriel. Перевстановіть Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Не вдалося зв’язатися з {host}: перевірте з’єднання або імпортуйте теку.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Не вдалося зв’язатися з віддаленим сервером. Перевірте його адресу і те, що він працює.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Віддалений сервер відхилив ключ API. Перевірте ключ у налаштуваннях.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>На віддаленому сервері немає такої моделі. Перевірте назву моделі в налаштуваннях.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>У рушії щось пішло не так.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel не може відкрити ваші чати: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>близько {words} слів/с, читає зображення за {seconds} с</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} МБ</translation>
    </message>
</context>
</TS>
