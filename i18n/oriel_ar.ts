<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>تم استبعاد {name}: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>الصورة {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>القرص ممتلئ: يلزم {size} في {folder}. لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>اسأل عن أي شيء، أو أفلِت صورة هنا للحديث عنها.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>اكتب رسالة إلى Oriel (Enter للإرسال، وShift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>إيقاف الإجابة</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>أنت تعدّل رسالة سابقة. عند الإرسال تبقى النسخة القديمة محفوظة.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>إزالة الصورة {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>يمكن أن تحمل الرسالة %n صورة على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة صورة واحدة على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة صورتين على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n صور على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n صورة على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n صورة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>«{names}» ليست صورة يستطيع Oriel قراءتها. يمكنك إرفاق صور PNG أو JPEG أو WebP أو GIF أو BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>صورة ملصقة {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>محرّك بعيد</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>الإجابة عبر خادم بدلًا من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>أي خادم متوافق مع OpenAI ‏(vLLM وSGLang وllama.cpp وOllama). تُرسَل رسائلك وصورك إليه، وتشير النافذة إلى ذلك ما دام مفعّلًا.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>اسم النموذج</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>فارغ: النموذج الوحيد على الخادم</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>نسيان المفتاح</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>خادم API محلي</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>إتاحة النموذج المحمّل للتطبيقات الأخرى على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>الرمز المميّز</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>نسخ الرمز المميّز</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>نسخ الهوية</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>يُحفظ المفتاح لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>هناك مفتاح محفوظ لهذا الخادم. اكتب مفتاحًا جديدًا لاستبداله.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>اترك المفتاح فارغًا إن لم يكن الخادم يحتاج إلى مفتاح.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>غير متصل: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>متصل بـ {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>يمكن للعميل أن يتحقق من أن هذا المنفذ هو Oriel قبل أن يرسل الرمز المميّز: يرسل ترويسة {challenge} عشوائية، فيجيب Oriel بـ {proof}، وهو HMAC-SHA256 للتحدي بمفتاح هو هذه الهوية. لا يستطيع برنامج آخر على المنفذ فعل ذلك.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>سيُرسل مفتاح API دون تشفير إلى {destination}: يمكن لأي شخص على الشبكة بينكما قراءته. استخدم عنوان https:// إن كان الخادم يوفره. هل تريد إرساله على أي حال؟</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>لا توجد سلسلة مفاتيح على هذا الحاسوب لحفظ مفتاح API بأمان.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>شغّل سلسلة مفاتيح سطح المكتب لديك (مثل GNOME Keyring أو KWallet) وحاول مجددًا، أو احفظ المفتاح في ملف لا يقرؤه إلا حساب المستخدم الخاص بك (وهو غير مشفّر)، أو احتفظ به فقط حتى يُغلق Oriel.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>المحاولة مجددًا</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>الحفظ في ملف (غير مشفّر)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>لهذه الجلسة فقط</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>مرحبًا بك في Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel مساعد يعمل بالكامل على هذا الحاسوب. تبقى محادثاتك وصورك هنا: لا حساب ولا قياس عن بُعد، ولا يستخدم Oriel الشبكة إلا عندما تنزّل نموذجًا.

اختر الآن نموذجًا. النماذج الأكبر تجيب إجابات أفضل، لكنها تحتاج إلى ذاكرة أكثر وهي أبطأ.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>اختر نموذجًا</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: تنزيل بحجم {download}، ويحتاج إلى نحو {ram} من الذاكرة</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(مقترح لهذا الحاسوب)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(مثبّت)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>ابدأ المحادثة</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>استيراد مجلد نموذج</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>النموذج جاهز.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>الصورة بحجمها الكامل</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>مستوى الميكروفون</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>يُحفظ الرمز المميّز في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>يُحفظ الرمز المميّز في ملف لا يقرؤه إلا حساب المستخدم الخاص بك، في {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>المنفذ {port} يستخدمه برنامج آخر: اختر منفذًا آخر.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>تعذّر تشغيل الخادم: {reason}</translation>
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
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>إيقاف الإجابة</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>الانتقال إلى مربع الرسالة</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>إعادة توليد الإجابة الأخيرة</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;محادثة</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>المحادثات والمحادثة المفتوحة</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>المسرِّع</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>السياق المستخدَم</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>لا يمكن إرفاق إلا الملفات الموجودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>جارٍ الاتصال بـ {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>المحرّك غير متاح</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>المحرّك متوقف</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>جارٍ تشغيل المحرّك…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>جارٍ تحميل Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>لا يوجد نموذج محمَّل</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>بعيد</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} رمز/ث</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>السياق {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>النموذج Qwen3.5 {size} غير مثبّت. نزّله من الإعدادات.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>النسخة السابقة</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>النسخة التالية</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>تعديل هذه الرسالة وإعادة إرسالها</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>إعادة توليد هذه الإجابة</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>التفكير</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>الصورة {number} من {total}، افتحها بحجمها الكامل</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>النسخة {version} من {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>يفكّر…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>فكّر لمدة %Ln ثانية</numerusform>
            <numerusform>فكّر لمدة ثانية واحدة</numerusform>
            <numerusform>فكّر لمدة ثانيتين</numerusform>
            <numerusform>فكّر لمدة %Ln ثوانٍ</numerusform>
            <numerusform>فكّر لمدة %Ln ثانية</numerusform>
            <numerusform>فكّر لمدة %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقّف.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>انقطع: أُغلق Oriel قبل أن تكتمل هذه الإجابة.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>تحدّث بدلًا من الكتابة ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>إيقاف التسجيل وتحويله إلى نص ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>جارٍ التحويل إلى نص… انقر للإيقاف</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>متوقف مؤقتًا. ما نُزّل يبقى محفوظًا: ابدأ من جديد للاستئناف.</translation>
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
        <translation>محرّك بعيد</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>استخدام هذا الحاسوب</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>إيقاف المحرّك البعيد</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>غير متصل: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>جارٍ الاتصال بـ {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>تذهب الرسائل والصور إلى برنامج آخر على هذا الحاسوب ({destination})؛ ولا تغادر الجهاز.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>تغادر الرسائل والصور هذا الحاسوب: تُرسَل إلى {destination} عبر اتصال مشفّر (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>تغادر الرسائل والصور هذا الحاسوب: تُرسَل إلى {destination} دون تشفير (HTTP عادي)، لذا يمكن لآخرين على الشبكة قراءتها.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>أدخل عنوان الخادم بحيث يبدأ بـ http:// أو https://، مثل http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>حجم النموذج</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>المسرِّع</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>طول السياق (بالرموز)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>مجلد النماذج</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>حصة الرموز لكل صورة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>درجة الحرارة</translation>
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
        <translation>عقوبة التكرار</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>عقوبة الحضور</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>تنزيل النموذج المحدد</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>اختيار مجلد النماذج</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>المجلد الافتراضي</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>التفكير قبل الإجابة (أبطأ، وغالبًا أفضل)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>استعادة القيم الموصى بها</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>إعادة إعدادات أخذ العيّنات إلى القيم الموصى بها لهذا النموذج</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>أقسام الإعدادات</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>تلقائي (الأفضل المتاح)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>غير مستخدَم: يجيب محرّك بعيد (انظر الاتصالات).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>قيد الاستخدام: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} من {total} عقدة تعمل على {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>لم يُحمَّل أي نموذج بعد.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>مثبّت</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>مثبّت. يحتاج إلى نحو {ram} من الذاكرة.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>غير مثبّت: تنزيل بحجم {size}. يحتاج إلى نحو {ram} من الذاكرة.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>تصدير بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>تصدير بصيغة JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>هل تريد حذف «{title}»؟ لا يمكن التراجع عن ذلك.</translation>
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
        <translation>تصدير المحادثة</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>التفكير</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>تعذّر حفظ «{path}»: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>حُفظ «{path}».</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>نموذج الكلام (الإدخال الصوتي)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>تنزيل نموذج الكلام المحدّد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>استيراد مجلد نموذج كلام</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: سريع (موصى به)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: أدق وأبطأ</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>مثبّت</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>مثبّت ({size}). سيستخدمه الإدخال الصوتي بعد أن تضغط «حسنًا».</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>مثبّت ({size}). يستخدم الإدخال الصوتي هذا النموذج.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>لم يُثبَّت أي نموذج كلام بعد: يحتاج الإدخال الصوتي إلى نموذج.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>غير مثبّت.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>التسجيل أقصر من أن يُحوَّل إلى نص.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>فُصل الميكروفون. جارٍ تحويل ما سُجّل إلى نص.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>يتوقف التسجيل بعد %n دقيقة. جارٍ تحويله إلى نص الآن.</numerusform>
            <numerusform>يتوقف التسجيل بعد دقيقة واحدة. جارٍ تحويله إلى نص الآن.</numerusform>
            <numerusform>يتوقف التسجيل بعد دقيقتين. جارٍ تحويله إلى نص الآن.</numerusform>
            <numerusform>يتوقف التسجيل بعد %n دقائق. جارٍ تحويله إلى نص الآن.</numerusform>
            <numerusform>يتوقف التسجيل بعد %n دقيقة. جارٍ تحويله إلى نص الآن.</numerusform>
            <numerusform>يتوقف التسجيل بعد %n دقيقة. جارٍ تحويله إلى نص الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>لم يسمع Oriel أي كلمات في التسجيل.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>لا يوجد نموذج كلام مثبّت. نزّل نموذجًا من الإعدادات: في تبويب «النموذج»، ضمن «نموذج الكلام (الإدخال الصوتي)».</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>تعذّر تحويل التسجيل إلى نص: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>لم يُعثر على ميكروفون. وصّل ميكروفونًا، أو اختره جهازَ إدخال في إعدادات الصوت في نظامك.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>لا يستطيع Oriel سماع الميكروفون. ربما يكون مكتومًا، أو ربما لا يُسمح لـ Oriel باستخدامه: تحقّق من إذن الميكروفون في إعدادات الخصوصية في نظامك.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>فُصل الميكروفون قبل تسجيل أي شيء.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>يحتاج الإدخال الصوتي إلى مكتبة الصوت PortAudio، وهي غير مثبتة. ثبّتها بالأمر «{command}»، ثم أعد تشغيل Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>الإدخال الصوتي غير متاح: مكتبة الصوت (PortAudio) غير موجودة.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>تعذّر فتح الميكروفون ({reason}). ربما يستخدمه برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>لا يوجد نموذج محمَّل. اختر نموذجًا من الإعدادات.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>لم يُعثر على ملفات النموذج. نزّل النموذج أو استورده مجددًا من الإعدادات.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>ملفات النموذج تالفة. نزّل النموذج مجددًا من الإعدادات.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>لا تكفي الذاكرة لهذا النموذج. أغلق البرامج الأخرى أو اختر نموذجًا أصغر.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>المحادثة أطول من سياق النموذج. ابدأ محادثة جديدة أو زِد طول السياق من الإعدادات.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>المسرِّع المختار غير متاح. اختر «تلقائي» من الإعدادات.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>تعذّرت قراءة إحدى الصور.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>توقّف المحرّك على نحو غير متوقع ويُعاد تشغيله الآن. محادثتك في أمان.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>المحرّك لا يتوافق مع هذا الإصدار من Oriel. أعد تثبيت Oriel.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>تعذّر الوصول إلى {host}: تحقّق من الاتصال، أو استورد مجلدًا.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>تعذّر الوصول إلى الخادم البعيد. تحقّق من عنوانه ومن أنه يعمل.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>رفض الخادم البعيد مفتاح API. تحقّق من المفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>لا يحتوي الخادم البعيد على هذا النموذج. تحقّق من اسم النموذج في الإعدادات.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>حدث خطأ ما في المحرّك.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>لا يستطيع Oriel فتح محادثاتك: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>نحو {words} كلمة/ث، ويقرأ صورة في {seconds} ث</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} غ.ب</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} م.ب</translation>
    </message>
</context>
</TS>
