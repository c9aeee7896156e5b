<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>Файл {name} пропущен: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Изображение {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Диск заполнен: в {folder} нужно {size}. Не сохранено.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Спросите о чём угодно или перетащите сюда изображение, чтобы обсудить его.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Сообщение для Oriel (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Прикрепить изображения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Отправить сообщение</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Вы редактируете одно из прежних сообщений. После отправки старая версия сохранится.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Отменить редактирование</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Удалить изображение {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>К сообщению можно прикрепить не больше %n изображения.</numerusform>
            <numerusform>К сообщению можно прикрепить не больше %n изображений.</numerusform>
            <numerusform>К сообщению можно прикрепить не больше %n изображений.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» — не изображение, которое Oriel может прочитать. Можно прикреплять изображения PNG, JPEG, WebP, GIF и BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Вставленное изображение {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Удалённый движок</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Отвечать с помощью сервера, а не этого компьютера</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Любой сервер, совместимый с OpenAI (vLLM, SGLang, llama.cpp, Ollama). Ваши сообщения и изображения отправляются на него, и окно сообщает об этом, пока он включён.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Имя модели</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Пусто: единственная модель сервера</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Забыть ключ</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Локальный сервер API</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Предоставлять загруженную модель другим приложениям на этом компьютере</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Скопировать адрес</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Скопировать токен</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Скопировать идентификатор</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Ключ хранится только в этом сеансе.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Для этого сервера сохранён ключ. Введите новый, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Оставьте ключ пустым, если сервер его не требует.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Нет подключения: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Подключено к {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Клиент может проверить, что на этом порту работает Oriel, прежде чем отправить токен: он посылает случайный заголовок {challenge}, и Oriel отвечает {proof} — HMAC-SHA256 вызова с этим идентификатором в качестве ключа. Другая программа на порту так не сможет.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Ключ API будет отправлен на {destination} без шифрования: его сможет прочитать любой в сети по пути. Используйте адрес https://, если он есть у сервера. Всё равно отправить?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>На этом компьютере нет связки ключей, чтобы надёжно хранить ключ API.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Запустите связку ключей вашей среды рабочего стола (например, GNOME Keyring или KWallet) и повторите попытку, сохраните ключ в файле, который может читать только ваша учётная запись (он не зашифрован), или храните его только до закрытия Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Сохранить в файл (без шифрования)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Только в этом сеансе</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Добро пожаловать в Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel — это ассистент, который работает полностью на этом компьютере. Ваши беседы и изображения остаются здесь: нет ни учётной записи, ни телеметрии, а в сеть Oriel выходит, только когда вы скачиваете модель.

Теперь выберите модель. Большие модели отвечают лучше, но им нужно больше памяти и они работают медленнее.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Выберите модель</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: загрузка {download}, нужно около {ram} памяти</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(рекомендуется для этого компьютера)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(установлена)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Импортировать папку…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить загрузку</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Начать беседу</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Импорт папки с моделью</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
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
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Изображение в полном размере</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Токен хранится в системной связке ключей.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Токен хранится в файле, который может читать только ваша учётная запись, в папке {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Порт {port} уже занят другой программой: выберите другой порт.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Не удалось запустить сервер: {reason}</translation>
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
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск по чатам</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Перейти к полю сообщения</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Сгенерировать последний ответ заново</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Чаты и беседа</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Ускоритель</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Использовано контекста</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Прикреплять можно только файлы с этого компьютера.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Подключение к {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Движок недоступен</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Движок остановлен</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Запуск движка…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Загрузка Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Модель не загружена</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Удалённо</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} токенов/с</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Контекст {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Модель Qwen3.5 {size} не установлена. Скачайте её в настройках.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копировать сообщение</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Изменить сообщение и отправить заново</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Заново</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Сгенерировать этот ответ заново</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Рассуждения</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Изображение {number} из {total}, открыть в полном размере</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Версия {version} из {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Думает…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Размышлял %Ln с</numerusform>
            <numerusform>Размышлял %Ln с</numerusform>
            <numerusform>Размышлял %Ln с</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Рассуждения</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Прервано: Oriel закрылся раньше, чем ответ был готов.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Говорить вместо набора текста ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Остановить запись и распознать ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Распознавание… нажмите, чтобы остановить</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Пауза. Уже скачанное сохранено: запустите загрузку снова, чтобы продолжить.</translation>
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
        <translation>Удалённый движок</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Использовать этот компьютер</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Выключить удалённый движок</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Нет подключения: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Подключение к {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Сообщения и изображения передаются другой программе на этом компьютере ({destination}); они не покидают устройство.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Сообщения и изображения покидают этот компьютер: они отправляются на {destination} по зашифрованному соединению (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Сообщения и изображения покидают этот компьютер: они отправляются на {destination} без шифрования (обычный HTTP), поэтому их могут прочитать другие в сети.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Введите адрес сервера, начинающийся с http:// или https://, например http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
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
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Подключения</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Размер модели</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Ускоритель</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Длина контекста (в токенах)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Папка моделей</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системная инструкция</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Токенов на изображение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
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
        <translation>Штраф за повторы</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Штраф за присутствие</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Скачать выбранную модель</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Выбрать папку моделей</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Папка по умолчанию</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Думать перед ответом (медленнее, но часто лучше)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Рекомендуемые значения</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Вернуть рекомендуемые для этой модели параметры выборки</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Автоматически (лучший из доступных)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>ЦП</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Не используется: отвечает удалённый движок (см. «Подключения»).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Используется: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} из {total} узлов выполняются на {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Модель ещё не загружена.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>установлена</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Установлена. Нужно около {ram} памяти.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Не установлена: загрузка {size}. Нужно около {ram} памяти.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск по чатам</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Удаление чата</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Удалить «{title}»? Это действие нельзя отменить.</translation>
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
        <translation>Экспорт чата</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Рассуждения</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Не удалось сохранить «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Файл «{path}» сохранён.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Модель речи (голосовой ввод)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Скачать выбранную модель речи</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Импортировать папку…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Импортировать папку с моделью речи</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: быстрая (рекомендуется)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: точнее, медленнее</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>установлена</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Установлена ({size}). Голосовой ввод начнёт её использовать, когда вы нажмёте OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Установлена ({size}). Голосовой ввод использует эту модель.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Модель речи ещё не установлена: она нужна для голосового ввода.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Не установлена.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Запись слишком короткая для распознавания.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Микрофон отключён. Распознаётся то, что успело записаться.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Запись останавливается через %n минуту. Сейчас она будет распознана.</numerusform>
            <numerusform>Запись останавливается через %n минуты. Сейчас она будет распознана.</numerusform>
            <numerusform>Запись останавливается через %n минут. Сейчас она будет распознана.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel не услышал в записи ни одного слова.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Модель речи не установлена. Скачайте её в настройках: на вкладке «Модель», в разделе «Модель речи (голосовой ввод)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Не удалось распознать запись: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Микрофон не найден. Подключите его или выберите как устройство ввода в настройках звука системы.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel не слышит микрофон. Возможно, звук выключен или Oriel не разрешено им пользоваться: проверьте доступ к микрофону в настройках конфиденциальности системы.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Микрофон отключился раньше, чем что-либо записалось.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Для голосового ввода нужна аудиобиблиотека PortAudio, которая не установлена. Установите её командой «{command}» и перезапустите Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Голосовой ввод недоступен: нет аудиобиблиотеки (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Не удалось открыть микрофон ({reason}). Возможно, им пользуется другая программа.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Модель не загружена. Выберите её в настройках.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Файлы модели не найдены. Скачайте или импортируйте модель заново в настройках.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Файлы модели повреждены. Скачайте модель заново в настройках.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Для этой модели не хватает памяти. Закройте другие программы или выберите модель поменьше.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Беседа длиннее контекста модели. Начните новый чат или увеличьте длину контекста в настройках.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Выбранный ускоритель недоступен. Выберите в настройках «Автоматически».</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Не удалось прочитать одно из изображений.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Движок неожиданно остановился и перезапускается. Ваша беседа в сохранности.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Движок не подходит к этой версии Oriel. Переустановите Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Не удалось связаться с {host}: проверьте подключение или импортируйте папку.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Не удалось связаться с удалённым сервером. Проверьте его адрес и то, что он запущен.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Удалённый сервер отклонил ключ API. Проверьте ключ в настройках.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>На удалённом сервере нет такой модели. Проверьте имя модели в настройках.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>В движке что-то пошло не так.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel не может открыть ваши чаты: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>около {words} слов/с, читает изображение за {seconds} с</translation>
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
