<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} беше пропуснат: {reason}</translation>
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
        <translation>Дискът е пълен: нужни са {size} в {folder}. Не беше запазено.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Копиране</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Попитайте каквото и да е или пуснете тук изображение, за да поговорим за него.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Съобщение до Oriel (Enter – изпращане, Shift+Enter – нов ред)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Съобщение</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Прикачване на изображения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Изпращане</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Изпращане на съобщението</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Спиране</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Спиране на отговора</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Редактирате по-ранно съобщение. При изпращане старата версия се запазва.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Отказ от редактирането</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Премахване на изображението {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Едно съобщение може да съдържа най-много %n изображение.</numerusform>
            <numerusform>Едно съобщение може да съдържа най-много %n изображения.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>„{names}“ не е изображение, което Oriel може да прочете. Можете да прикачвате изображения PNG, JPEG, WebP, GIF или BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Поставено изображение {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Отдалечен двигател</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Отговаряне чрез сървър вместо този компютър</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Всеки сървър, съвместим с OpenAI (vLLM, SGLang, llama.cpp, Ollama). Съобщенията и изображенията ви се изпращат до него и прозорецът го показва, докато е включен.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес на сървъра</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Име на модела</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Празно: единственият модел на сървъра</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API ключ</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Забравяне на ключа</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Локален API сървър</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Предоставяне на заредения модел на други приложения на този компютър</translation>
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
        <translation>Копиране</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Копиране на адреса</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Копиране на токена</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Идентичност</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Копиране на идентичността</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Ключът се пази само за тази сесия.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>За този сървър има запазен ключ. Въведете нов, за да го замените.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Оставете ключа празен, ако сървърът не изисква такъв.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Няма връзка: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Свързано с {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Клиентът може да провери, че на този порт е Oriel, преди да изпрати токена: изпраща случайна заглавка {challenge}, а Oriel отговаря с {proof} – HMAC-SHA256 на предизвикателството с тази идентичност за ключ. Друга програма на порта не може.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API ключът ще бъде изпратен некриптиран до {destination}: всеки в мрежата по пътя може да го прочете. Използвайте адрес с https://, ако сървърът има такъв. Да се изпрати ли въпреки това?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>На този компютър няма ключодържател, в който API ключът да се пази сигурно.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Стартирайте ключодържателя на работната си среда (например GNOME Keyring или KWallet) и опитайте отново, запазете ключа във файл, който само вашият потребителски акаунт може да чете (той не е шифрован), или го пазете само докато Oriel не се затвори.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Запазване във файл (без шифроване)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Само за тази сесия</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Добре дошли в Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel е асистент, който работи изцяло на този компютър. Вашите разговори и изображения остават тук: няма профил, няма телеметрия, а Oriel използва мрежата само когато изтегляте модел.

Сега изберете модел. По-големите модели отговарят по-добре, но им трябва повече памет и са по-бавни.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Изберете модел</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: изтегляне от {download}, нужни са около {ram} памет</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(препоръчан за този компютър)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(инсталиран)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Импортиране на папка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продължаване</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Изтегляне</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Започване на разговор</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Напредък на изтеглянето</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Изтегляне…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Импортиране на папка с модел</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортиране…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Моделът е готов.</translation>
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
        <translation>Изображение в пълен размер</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Ниво на микрофона</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Токенът се пази в системния ключодържател.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Токенът се пази във файл, който само вашият потребителски акаунт може да чете, в {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Порт {port} вече се използва от друга програма: изберете друг порт.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Сървърът не можа да се стартира: {reason}</translation>
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
        <translation>Нов чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Търсене в чатовете</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Спиране на отговора</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Към полето за съобщение</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Повторно генериране на последния отговор</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Изход</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чатове</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Чатове и разговор</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Модел</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Ускорител</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Скорост</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Използван контекст</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Могат да се прикачват само файлове от този компютър.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Свързване с {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Двигателят не е наличен</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Двигателят е спрян</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Стартиране на двигателя…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Зареждане на Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Няма зареден модел</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Отдалечен</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} токена/с</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Контекст {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} не е инсталиран. Изтеглете го от Настройки.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Вие</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Предишна версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следваща версия</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Копиране</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Копиране на съобщението</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Редактиране</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Редактиране и повторно изпращане на съобщението</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Генериране отново</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Генериране на този отговор отново</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Вашето съобщение</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Отговор</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Разсъждение</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Изображение {number} от {total}, отваряне в пълен размер</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Версия {version} от {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Мисли…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Разсъждение: %Ln с</numerusform>
            <numerusform>Разсъждение: %Ln с</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Разсъждение</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Спряно.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Прекъснато: Oriel беше затворен, преди отговорът да е готов.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Говорете, вместо да пишете ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Спиране на записа и преобразуване в текст ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Преобразуване в текст… щракнете, за да спрете</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>На пауза. Изтегленото досега се пази: започнете отново, за да продължите.</translation>
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
        <translation>Отдалечен двигател</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Използване на този компютър</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Изключване на отдалечения двигател</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Няма връзка: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Свързване с {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Съобщенията и изображенията отиват в друга програма на този компютър ({destination}); те не напускат машината.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Съобщенията и изображенията напускат този компютър: изпращат се до {destination} по шифрована връзка (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Съобщенията и изображенията напускат този компютър: изпращат се до {destination} без шифроване (обикновен HTTP), така че други в мрежата могат да ги прочетат.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Въведете адреса на сървъра, започващ с http:// или https://, например http://127.0.0.1:8000/v1.</translation>
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
        <translation>Модел</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Облик</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Връзки</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Размер на модела</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Ускорител</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Дължина на контекста (токени)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Папка с модели</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системна инструкция</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Токени за изображение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Език</translation>
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
        <translation>Наказание за повторение</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Наказание за присъствие</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Изтегляне</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Изтегляне на избрания модел</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Напредък на изтеглянето</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Избор на папка с модели</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Папка по подразбиране</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Обмисляне преди отговор (по-бавно, често по-добре)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Препоръчани стойности</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Връщане на извадката към препоръчаните за този модел стойности</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Раздели на настройките</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Автоматично (най-добрият наличен)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Процесор (CPU)</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Не се използва: отговаря отдалечен двигател (вижте „Връзки“).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Използва се: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} от {total} възела се изпълняват на {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Все още няма зареден модел.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Език на системата</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Като системата</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Светла</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Тъмна</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>инсталиран</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Инсталиран. Нужни са около {ram} памет.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Не е инсталиран: изтегляне от {size}. Нужни са около {ram} памет.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Нов чат</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Търсене в чатовете</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Разговори</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Преименуване</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Изтриване…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Експортиране като Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Експортиране като JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Изтриване на чата</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Да се изтрие ли „{title}“? Това не може да бъде отменено.</translation>
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
        <translation>Експортиране на чата</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вие</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Разсъждение</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>„{path}“ не можа да бъде записан: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>„{path}“ е записан.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Модел за реч (гласово въвеждане)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Изтегляне</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Изтегляне на избрания модел за реч</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Отказ от изтеглянето</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Импортиране на папка…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Импортиране на папка с модел за реч</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Напредък на изтеглянето</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: бърз (препоръчан)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: по-точен, по-бавен</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>инсталиран</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Инсталиран ({size}). Гласовото въвеждане ще го използва, щом натиснете „Добре“.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Инсталиран ({size}). Гласовото въвеждане използва този модел.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Все още няма инсталиран модел за реч: гласовото въвеждане се нуждае от такъв.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Не е инсталиран.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Записът беше твърде кратък, за да бъде преобразуван в текст.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Микрофонът беше изключен. Записаното се преобразува в текст.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Записът спира след %n минута. Сега се преобразува в текст.</numerusform>
            <numerusform>Записът спира след %n минути. Сега се преобразува в текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel не чу нито една дума в записа.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Няма инсталиран модел за реч. Изтеглете такъв от Настройки: в раздела „Модел“, под „Модел за реч (гласово въвеждане)“.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Записът не можа да бъде преобразуван в текст: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Не е намерен микрофон. Свържете микрофон или го изберете като входно устройство в настройките за звук на системата.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel не чува микрофона. Може да е заглушен или Oriel да няма разрешение да го използва: проверете разрешението за микрофона в настройките за поверителност на системата.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Микрофонът беше изключен, преди да бъде записано нещо.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Гласовото въвеждане изисква аудио библиотеката PortAudio, която не е инсталирана. Инсталирайте я с „{command}“ и рестартирайте Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Гласовото въвеждане не е налично: липсва аудио библиотеката (PortAudio).</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Микрофонът не можа да бъде отворен ({reason}). Може би друга програма го използва.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Няма зареден модел. Изберете модел от Настройки.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Файловете на модела не са намерени. Изтеглете или импортирайте модела отново от Настройки.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Файловете на модела са повредени. Изтеглете модела отново от Настройки.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Няма достатъчно памет за този модел. Затворете други програми или изберете по-малък модел.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Разговорът е по-дълъг от контекста на модела. Започнете нов чат или увеличете дължината на контекста от Настройки.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Избраният ускорител не е наличен. Изберете „Автоматично“ от Настройки.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Едно от изображенията не можа да бъде прочетено.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Двигателят спря неочаквано и се рестартира. Разговорът ви е в безопасност.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Двигателят не съответства на тази версия на Oriel. Инсталирайте Oriel отново.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Не може да се свърже с {host}: проверете връзката или импортирайте папка.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Отдалеченият сървър е недостъпен. Проверете адреса му и дали работи.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Отдалеченият сървър отхвърли API ключа. Проверете ключа в Настройки.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Отдалеченият сървър няма такъв модел. Проверете името на модела в Настройки.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Нещо в двигателя се обърка.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel не може да отвори чатовете ви: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>около {words} думи/с, чете изображение за {seconds} с</translation>
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
