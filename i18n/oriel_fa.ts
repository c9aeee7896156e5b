<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} کنار گذاشته شد: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>تصویر {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>دیسک پر است: {size} در {folder} لازم است. ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>گفت‌وگو</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>هر چه می‌خواهید بپرسید، یا تصویری را اینجا رها کنید تا درباره‌اش صحبت کنیم.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>پیام به ‏Oriel (برای فرستادن Enter، برای خط تازه Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>پیوست تصویر</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>فرستادن</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>فرستادن پیام</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>توقف پاسخ</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>در حال ویرایش یک پیام قبلی هستید. با فرستادن، نسخهٔ قدیمی هم نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>لغو ویرایش</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>برداشتن تصویر {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>تصویرها ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>هر پیام حداکثر %n تصویر می‌تواند داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» تصویری نیست که ‏Oriel بتواند بخواند. می‌توانید تصویرهای PNG، JPEG، WebP، GIF یا BMP پیوست کنید.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>تصویر چسبانده‌شده {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>موتور راه دور</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>پاسخ با یک کارساز به‌جای این رایانه</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>هر کارساز سازگار با OpenAI ‏(vLLM، SGLang، llama.cpp، Ollama). پیام‌ها و تصاویر شما به آن فرستاده می‌شوند و تا وقتی روشن است، پنجره این را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی کارساز</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>نام مدل</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>خالی: تنها مدل کارساز</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>فراموش کردن کلید</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>کارساز API محلی</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>در اختیار گذاشتن مدل بارشده برای برنامه‌های دیگر همین رایانه</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>درگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>توکن</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>رونوشت از نشانی</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>رونوشت از توکن</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>رونوشت از هویت</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>کلید فقط برای همین نشست نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>برای این کارساز کلیدی ذخیره شده است. برای جایگزینی، کلید تازه‌ای بنویسید.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>اگر کارساز کلید نمی‌خواهد، آن را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>وصل نیست: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>به {destination} وصل است.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>یک کلاینت پیش از فرستادن توکن می‌تواند بررسی کند که این درگاه Oriel است: یک سرآیند تصادفی {challenge} می‌فرستد و Oriel با {proof} پاسخ می‌دهد، یعنی HMAC-SHA256 چالش با کلید این هویت. برنامهٔ دیگری روی این درگاه نمی‌تواند.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>کلید API بدون رمزگذاری به {destination} فرستاده می‌شود: هر کسی در شبکهٔ میان راه می‌تواند آن را بخواند. اگر سرور نشانی https:// دارد از آن استفاده کنید. با این حال فرستاده شود؟</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>روی این رایانه جاکلیدی‌ای نیست که کلید API را امن نگه دارد.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>جاکلیدی میزکار خود را (مثل GNOME Keyring یا KWallet) راه بیندازید و دوباره امتحان کنید، کلید را در پرونده‌ای نگه دارید که فقط حساب کاربری شما می‌تواند بخواند (رمزگذاری نشده است)، یا آن را فقط تا بسته شدن Oriel نگه دارید.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>ذخیره در پرونده (بدون رمزگذاری)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>فقط همین نشست</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>به ‏Oriel خوش آمدید</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>‏Oriel دستیاری است که کاملاً روی همین رایانه اجرا می‌شود. گفت‌وگوها و تصویرهای شما همین‌جا می‌مانند: نه حسابی در کار است و نه تله‌متری، و ‏Oriel فقط وقتی از شبکه استفاده می‌کند که مدلی را بارگیری کنید.

حالا یک مدل انتخاب کنید. مدل‌های بزرگ‌تر بهتر پاسخ می‌دهند، اما حافظهٔ بیشتری لازم دارند و کندترند.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>انتخاب مدل</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: بارگیری {download}، حدود {ram} حافظه لازم دارد</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(پیشنهادی برای این رایانه)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(نصب‌شده)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>وارد کردن پوشه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامهٔ بارگیری</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>بارگیری</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>شروع گفت‌وگو</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>پیشرفت بارگیری</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>در حال بارگیری…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>وارد کردن پوشهٔ مدل</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>مدل آماده است.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>تصویر در اندازهٔ کامل</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>سطح میکروفون</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>توکن در جاکلیدی سیستم نگهداری می‌شود.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>توکن در پرونده‌ای نگهداری می‌شود که فقط حساب کاربری شما می‌تواند آن را بخواند، در {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>درگاه {port} را برنامهٔ دیگری استفاده می‌کند: درگاه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>کارساز راه‌اندازی نشد: {reason}</translation>
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
        <translation>گفت‌وگوی تازه</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>جست‌وجو در گفت‌وگوها</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>توقف پاسخ</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>رفتن به کادر پیام</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>تولید دوبارهٔ آخرین پاسخ</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;گفت‌وگو</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>گفت‌وگوها</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>فهرست گفت‌وگوها و گفت‌وگوی باز</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>شتاب‌دهنده</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>سرعت</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>زمینهٔ استفاده‌شده</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>فقط پرونده‌های همین رایانه را می‌توان پیوست کرد.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>در حال وصل شدن به {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>موتور در دسترس نیست</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>موتور متوقف شده است</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>در حال راه‌اندازی موتور…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>در حال بارگذاری ‏Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>هیچ مدلی بارگذاری نشده</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>راه دور</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} توکن در ثانیه</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>زمینه {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>‏Qwen3.5 {size} نصب نشده است. آن را از تنظیمات بارگیری کنید.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>نسخهٔ قبلی</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>نسخهٔ بعدی</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>رونوشت</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>رونوشت پیام</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>ویرایش و فرستادن دوبارهٔ این پیام</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>تولید دوباره</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>تولید دوبارهٔ این پاسخ</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>پیام شما</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>استدلال</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>تصویر {number} از {total}، باز کردن در اندازهٔ کامل</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>نسخهٔ {version} از {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>در حال فکر کردن…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln ثانیه فکر کرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>استدلال</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>قطع شد: ‏Oriel پیش از کامل شدن این پاسخ بسته شد.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>به‌جای تایپ صحبت کنید ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>توقف ضبط و تبدیل به متن ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>در حال تبدیل به متن… برای توقف کلیک کنید</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>مکث شد. بخشی که بارگیری شده نگه داشته می‌شود: برای ادامه دوباره شروع کنید.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RemoteBanner</name>
    <message>
        <source>Remote engine</source>
        <extracomment>the banner&apos;s title while an OpenAI-compatible server answers instead of this computer</extracomment>
        <translation>موتور راه دور</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>استفاده از همین رایانه</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>خاموش کردن موتور راه دور</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>وصل نیست: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>در حال وصل شدن به {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>پیام‌ها و تصاویر به برنامهٔ دیگری روی همین رایانه می‌روند ({destination})؛ از دستگاه خارج نمی‌شوند.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>پیام‌ها و تصاویر از این رایانه خارج می‌شوند: از راه اتصالی رمزگذاری‌شده (HTTPS) به {destination} فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>پیام‌ها و تصاویر از این رایانه خارج می‌شوند: بدون رمزگذاری (HTTP ساده) به {destination} فرستاده می‌شوند، پس دیگران در شبکه می‌توانند آن‌ها را بخوانند.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>نشانی کارساز را وارد کنید که با http:// یا https:// شروع شود، مثلاً http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>گفت‌وگو</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>اتصال‌ها</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>اندازهٔ مدل</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>شتاب‌دهنده</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>طول زمینه (توکن)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>پوشهٔ مدل‌ها</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>دستور سیستمی</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>توکن برای هر تصویر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>دما</translation>
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
        <translation>جریمهٔ تکرار</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>جریمهٔ حضور</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>بارگیری</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>بارگیری مدل انتخاب‌شده</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>پیشرفت بارگیری</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>انتخاب پوشهٔ مدل‌ها</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>پوشهٔ پیش‌فرض</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>پیش از پاسخ فکر کن (کندتر، اغلب بهتر)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>بازگشت به مقادیر پیشنهادی</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>بازگرداندن نمونه‌برداری به مقادیر پیشنهادی این مدل</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>بخش‌های تنظیمات</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>خودکار (بهترین گزینهٔ موجود)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>پردازنده (CPU)</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>در استفاده نیست: موتور راه دور پاسخ می‌دهد (اتصال‌ها را ببینید).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>در حال استفاده: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} از {total} گره روی {provider} اجرا می‌شوند</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>هنوز هیچ مدلی بارگذاری نشده است.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>مطابق سیستم</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>تیره</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>نصب‌شده</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>نصب‌شده. حدود {ram} حافظه لازم دارد.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>نصب نشده: بارگیری {size}. حدود {ram} حافظه لازم دارد.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>گفت‌وگوی تازه</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>جست‌وجو در گفت‌وگوها</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>گفت‌وگوها</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>برون‌بری به‌صورت Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>برون‌بری به‌صورت JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>حذف گفت‌وگو</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>«{title}» حذف شود؟ این کار بازگشت‌پذیر نیست.</translation>
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
        <translation>برون‌بری گفت‌وگو</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>استدلال</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>ذخیرهٔ «{path}» ممکن نشد: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>«{path}» ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>مدل گفتار (ورودی صوتی)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>بارگیری</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>بارگیری مدل گفتار انتخاب‌شده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>لغو بارگیری</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>وارد کردن پوشه…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>درون‌ریزی پوشهٔ مدل گفتار</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>پیشرفت بارگیری</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: سریع (پیشنهادی)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: دقیق‌تر، کندتر</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>نصب‌شده</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>نصب‌شده ({size}). ورودی صوتی پس از زدن «تأیید» از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>نصب‌شده ({size}). ورودی صوتی از این مدل استفاده می‌کند.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>هنوز هیچ مدل گفتاری نصب نشده است: ورودی صوتی به یکی نیاز دارد.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>نصب نشده.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>ضبط برای تبدیل به متن خیلی کوتاه بود.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>اتصال میکروفون قطع شد. آنچه ضبط شده به متن تبدیل می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>ضبط پس از %n دقیقه متوقف می‌شود. اکنون به متن تبدیل می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>‏Oriel در ضبط هیچ کلمه‌ای نشنید.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>هیچ مدل گفتاری نصب نشده است. یکی را از تنظیمات بارگیری کنید: در زبانهٔ «مدل»، زیر «مدل گفتار (ورودی صوتی)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>تبدیل ضبط به متن ممکن نشد: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>میکروفونی پیدا نشد. یکی وصل کنید، یا آن را در تنظیمات صدای سیستم به‌عنوان دستگاه ورودی انتخاب کنید.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>‏Oriel صدای میکروفون را نمی‌شنود. شاید بی‌صدا باشد، یا ‏Oriel اجازهٔ استفاده از آن را نداشته باشد: مجوز میکروفون را در تنظیمات حریم خصوصی سیستم بررسی کنید.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>اتصال میکروفون پیش از ضبط هر چیزی قطع شد.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>ورودی صوتی به کتابخانهٔ صوتی PortAudio نیاز دارد که نصب نیست. آن را با «{command}» نصب کنید و سپس Oriel را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>ورودی صوتی در دسترس نیست: کتابخانهٔ صوتی (PortAudio) وجود ندارد.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>باز کردن میکروفون ممکن نشد ({reason}). شاید برنامهٔ دیگری از آن استفاده می‌کند.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>هیچ مدلی بارگذاری نشده است. یکی را از تنظیمات انتخاب کنید.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>پرونده‌های مدل پیدا نشد. مدل را از تنظیمات دوباره بارگیری یا وارد کنید.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>پرونده‌های مدل خراب‌اند. مدل را از تنظیمات دوباره بارگیری کنید.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>حافظه برای این مدل کافی نیست. برنامه‌های دیگر را ببندید یا مدل کوچک‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>گفت‌وگو از زمینهٔ مدل طولانی‌تر است. گفت‌وگوی تازه‌ای شروع کنید یا طول زمینه را در تنظیمات بیشتر کنید.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>شتاب‌دهندهٔ انتخاب‌شده در دسترس نیست. در تنظیمات «خودکار» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>یکی از تصویرها خوانده نشد.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>موتور به‌طور غیرمنتظره متوقف شد و در حال راه‌اندازی دوباره است. گفت‌وگوی شما امن است.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>موتور با این نسخه از ‏Oriel جور نیست. ‏Oriel را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>دسترسی به {host} ممکن نشد: اتصال را بررسی کنید یا یک پوشه وارد کنید.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>دسترسی به کارساز راه دور ممکن نشد. نشانی آن و روشن بودنش را بررسی کنید.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>کارساز راه دور کلید API را نپذیرفت. کلید را در تنظیمات بررسی کنید.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>کارساز راه دور این مدل را ندارد. نام مدل را در تنظیمات بررسی کنید.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>در موتور مشکلی پیش آمد.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>‏Oriel نمی‌تواند گفت‌وگوهای شما را باز کند: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>حدود {words} واژه در ثانیه، خواندن یک تصویر در {seconds} ثانیه</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} گیگابایت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} مگابایت</translation>
    </message>
</context>
</TS>
