<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} چھوڑ دیا گیا: {reason}</translation>
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
        <translation>ڈسک بھر گئی ہے: {folder} میں {size} درکار ہے۔ یہ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>کچھ بھی پوچھیں، یا کوئی تصویر یہاں چھوڑیں تاکہ اس پر بات ہو سکے۔</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>‏Oriel کو پیغام (بھیجنے کے لیے Enter، نئی سطر کے لیے Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>تصاویر منسلک کریں</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>بھیجیں</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>پیغام بھیجیں</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>جواب روکیں</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>آپ پچھلے پیغام میں ترمیم کر رہے ہیں۔ بھیجنے پر پرانا ورژن بھی محفوظ رہے گا۔</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>ترمیم منسوخ کریں</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>تصویر {name} ہٹائیں</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>تصاویر ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>ایک پیغام میں زیادہ سے زیادہ %n تصویر ہو سکتی ہے۔</numerusform>
            <numerusform>ایک پیغام میں زیادہ سے زیادہ %n تصاویر ہو سکتی ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” ایسی تصویر نہیں جسے ‏Oriel پڑھ سکے۔ آپ PNG، JPEG، WebP، GIF یا BMP تصاویر منسلک کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>چسپاں کی گئی تصویر {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>ریموٹ انجن</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>اس کمپیوٹر کے بجائے کسی سرور سے جواب دیں</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>کوئی بھی OpenAI سے مطابقت رکھنے والا سرور (vLLM، SGLang، llama.cpp، Ollama)۔ آپ کے پیغامات اور تصاویر اسے بھیجی جاتی ہیں، اور جب تک یہ آن ہے ونڈو یہ بتاتی رہتی ہے۔</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>سرور کا پتا</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>ماڈل کا نام</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>خالی: سرور کا واحد ماڈل</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API کلید</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>کلید بھول جائیں</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>مقامی API سرور</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>لوڈ شدہ ماڈل اس کمپیوٹر کی دوسری ایپس کو فراہم کریں</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>پورٹ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتا</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>پتا کاپی کریں</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>ٹوکن کاپی کریں</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>شناخت کاپی کریں</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>کلید صرف اس سیشن کے لیے محفوظ ہے۔</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>اس سرور کے لیے ایک کلید محفوظ ہے۔ اسے بدلنے کے لیے نئی کلید ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>اگر سرور کو کلید کی ضرورت نہیں تو اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>منسلک نہیں: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination} سے منسلک۔</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>ٹوکن بھیجنے سے پہلے کلائنٹ جانچ سکتا ہے کہ اس پورٹ پر Oriel ہے: وہ ایک بے ترتیب {challenge} ہیڈر بھیجتا ہے، اور Oriel جواب میں {proof} دیتا ہے، یعنی اس شناخت کو کلید بنا کر چیلنج کا HMAC-SHA256۔ پورٹ پر کوئی دوسرا پروگرام ایسا نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API کلید بغیر خفیہ کاری کے {destination} کو بھیجی جائے گی: درمیانی نیٹ ورک پر کوئی بھی اسے پڑھ سکتا ہے۔ اگر سرور کے پاس https:// پتہ ہو تو وہ استعمال کریں۔ پھر بھی بھیجیں؟</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>اس کمپیوٹر پر کوئی کی رنگ نہیں جو API کلید کو محفوظ رکھ سکے۔</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>اپنے ڈیسک ٹاپ کا کی رنگ (جیسے GNOME Keyring یا KWallet) شروع کریں اور دوبارہ کوشش کریں، کلید کو ایسی فائل میں رکھیں جسے صرف آپ کا یوزر اکاؤنٹ پڑھ سکے (یہ خفیہ کردہ نہیں)، یا اسے صرف Oriel بند ہونے تک رکھیں۔</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>فائل میں محفوظ کریں (خفیہ کردہ نہیں)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>صرف یہ سیشن</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>‏Oriel میں خوش آمدید</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>‏Oriel ایک معاون ہے جو مکمل طور پر اسی کمپیوٹر پر چلتا ہے۔ آپ کی گفتگو اور تصاویر یہیں رہتی ہیں: نہ کوئی اکاؤنٹ ہے، نہ ٹیلی میٹری، اور ‏Oriel نیٹ ورک صرف تب استعمال کرتا ہے جب آپ کوئی ماڈل ڈاؤن لوڈ کریں۔

اب ایک ماڈل منتخب کریں۔ بڑے ماڈل بہتر جواب دیتے ہیں، لیکن انہیں زیادہ میموری چاہیے اور وہ سست ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>ماڈل منتخب کریں</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: ‏{download} ڈاؤن لوڈ، تقریباً {ram} میموری درکار</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(اس کمپیوٹر کے لیے تجویز کردہ)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(انسٹال شدہ)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>فولڈر درآمد کریں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>گفتگو شروع کریں</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ڈاؤن لوڈ کی پیش رفت</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ڈاؤن لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>ماڈل کا فولڈر درآمد کریں</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>درآمد ہو رہا ہے…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>ماڈل تیار ہے۔</translation>
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
        <translation>پورے سائز کی تصویر</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>مائیکروفون کی سطح</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>ٹوکن سسٹم کے کی رنگ میں محفوظ ہے۔</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>ٹوکن ایک ایسی فائل میں محفوظ ہے جسے صرف آپ کا یوزر اکاؤنٹ پڑھ سکتا ہے، {folder} میں۔</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>پورٹ {port} پہلے ہی کوئی دوسرا پروگرام استعمال کر رہا ہے: کوئی اور پورٹ منتخب کریں۔</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>سرور شروع نہیں ہو سکا: {reason}</translation>
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
        <translation>نئی چیٹ</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>چیٹس میں تلاش کریں</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>جواب روکیں</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>پیغام کے خانے پر جائیں</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>آخری جواب دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;چیٹ</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;ٹولز</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>چیٹس</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>چیٹس اور گفتگو</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>ماڈل</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>ایکسلریٹر</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>رفتار</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>استعمال شدہ سیاق</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>صرف اس کمپیوٹر کی فائلیں منسلک کی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} سے منسلک ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>انجن دستیاب نہیں</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>انجن رکا ہوا ہے</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>انجن شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>‏Qwen3.5 {size} لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>کوئی ماڈل لوڈ نہیں</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>ریموٹ</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} ٹوکن فی سیکنڈ</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>سیاق {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>‏Qwen3.5 {size} انسٹال نہیں ہے۔ اسے ترتیبات میں ڈاؤن لوڈ کریں۔</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>پچھلا ورژن</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>اگلا ورژن</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>پیغام کاپی کریں</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>ترمیم کریں</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>اس پیغام میں ترمیم کر کے دوبارہ بھیجیں</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>یہ جواب دوبارہ بنائیں</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>آپ کا پیغام</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>سوچ</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>تصویر {number} از {total}، پورے سائز میں کھولیں</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>ورژن {version} از {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>سوچ رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln سیکنڈ سوچا</numerusform>
            <numerusform>%Ln سیکنڈ سوچا</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>سوچ کا عمل</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>روک دیا گیا۔</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>منقطع: یہ جواب مکمل ہونے سے پہلے ‏Oriel بند ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>ٹائپ کرنے کے بجائے بولیں ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>ریکارڈنگ روکیں اور متن میں بدلیں ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>متن میں بدلا جا رہا ہے… روکنے کے لیے کلک کریں</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>موقوف۔ جو ڈاؤن لوڈ ہو چکا وہ محفوظ ہے: جاری رکھنے کے لیے دوبارہ شروع کریں۔</translation>
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
        <translation>ریموٹ انجن</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>یہی کمپیوٹر استعمال کریں</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>ریموٹ انجن بند کریں</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>منسلک نہیں: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} سے منسلک ہو رہا ہے…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>پیغامات اور تصاویر اسی کمپیوٹر کے کسی دوسرے پروگرام کو جاتی ہیں ({destination})؛ یہ مشین سے باہر نہیں جاتیں۔</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>پیغامات اور تصاویر اس کمپیوٹر سے باہر جاتی ہیں: یہ ایک خفیہ کردہ کنکشن (HTTPS) کے ذریعے {destination} کو بھیجی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>پیغامات اور تصاویر اس کمپیوٹر سے باہر جاتی ہیں: یہ بغیر خفیہ کاری (سادہ HTTP) کے {destination} کو بھیجی جاتی ہیں، اس لیے نیٹ ورک پر دوسرے انہیں پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>سرور کا پتا درج کریں جو http:// یا https:// سے شروع ہو، مثلاً http://127.0.0.1:8000/v1۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>ماڈل</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>چیٹ</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>ظاہری شکل</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>کنکشنز</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>ماڈل کا سائز</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>ایکسلریٹر</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>سیاق کی لمبائی (ٹوکن)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>ماڈلز کا فولڈر</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>سسٹم ہدایت</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>فی تصویر ٹوکن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>تھیم</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>درجۂ حرارت</translation>
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
        <translation>تکرار کی سزا</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>موجودگی کی سزا</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>منتخب ماڈل ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ڈاؤن لوڈ کی پیش رفت</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>براؤز کریں…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>ماڈلز کا فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>طے شدہ فولڈر</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>جواب سے پہلے سوچیں (سست، اکثر بہتر)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>تجویز کردہ اقدار بحال کریں</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>سیمپلنگ کو اس ماڈل کی تجویز کردہ اقدار پر بحال کریں</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>ترتیبات کے حصے</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>خودکار (دستیاب میں بہترین)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>استعمال میں نہیں: ایک ریموٹ انجن جواب دے رہا ہے (کنکشنز دیکھیں)۔</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>زیرِ استعمال: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} میں سے {placed} نوڈ {provider} پر چلتے ہیں</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>ابھی تک کوئی ماڈل لوڈ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>سسٹم کی زبان</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>گہرا</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>انسٹال شدہ</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>انسٹال شدہ۔ تقریباً {ram} میموری درکار ہے۔</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>انسٹال نہیں: {size} ڈاؤن لوڈ۔ تقریباً {ram} میموری درکار ہے۔</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>نئی چیٹ</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>چیٹس میں تلاش کریں</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>گفتگوئیں</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>نام بدلیں</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف کریں…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>بطور Markdown برآمد کریں…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>بطور JSON برآمد کریں…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>چیٹ حذف کریں</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>“{title}” حذف کریں؟ یہ عمل واپس نہیں ہو سکتا۔</translation>
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
        <translation>چیٹ برآمد کریں</translation>
    </message>
    <message>
        <source>You</source>
        <translation>آپ</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>سوچ</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” محفوظ نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>اسپیچ ماڈل (آواز سے ان پٹ)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>منتخب اسپیچ ماڈل ڈاؤن لوڈ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ڈاؤن لوڈ منسوخ کریں</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>فولڈر درآمد کریں…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>اسپیچ ماڈل کا فولڈر درآمد کریں</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ڈاؤن لوڈ کی پیش رفت</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: تیز (تجویز کردہ)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: زیادہ درست، سست</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>انسٹال شدہ</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>انسٹال شدہ ({size})۔ آپ کے OK دبانے پر آواز سے ان پٹ اسے استعمال کرے گا۔</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>انسٹال شدہ ({size})۔ آواز سے ان پٹ یہی ماڈل استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>ابھی کوئی اسپیچ ماڈل انسٹال نہیں: آواز سے ان پٹ کو ایک کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>انسٹال نہیں۔</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>ریکارڈنگ متن میں بدلنے کے لیے بہت مختصر تھی۔</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>مائیکروفون منقطع ہو گیا۔ جو ریکارڈ ہوا اسے متن میں بدلا جا رہا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>ریکارڈنگ %n منٹ بعد رک جاتی ہے۔ اب اسے متن میں بدلا جا رہا ہے۔</numerusform>
            <numerusform>ریکارڈنگ %n منٹ بعد رک جاتی ہے۔ اب اسے متن میں بدلا جا رہا ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>‏Oriel کو ریکارڈنگ میں کوئی لفظ سنائی نہیں دیا۔</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>کوئی اسپیچ ماڈل انسٹال نہیں۔ ترتیبات سے ایک ڈاؤن لوڈ کریں: «ماڈل» ٹیب میں، «اسپیچ ماڈل (آواز سے ان پٹ)» کے تحت۔</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>ریکارڈنگ متن میں نہیں بدلی جا سکی: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>کوئی مائیکروفون نہیں ملا۔ ایک جوڑیں، یا سسٹم کی آواز کی ترتیبات میں اسے ان پٹ آلے کے طور پر منتخب کریں۔</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>‏Oriel مائیکروفون نہیں سن پا رہا۔ ہو سکتا ہے یہ خاموش ہو، یا ‏Oriel کو اسے استعمال کرنے کی اجازت نہ ہو: سسٹم کی رازداری کی ترتیبات میں مائیکروفون کی اجازت دیکھیں۔</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>کچھ ریکارڈ ہونے سے پہلے ہی مائیکروفون منقطع ہو گیا۔</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>صوتی ان پٹ کو آڈیو لائبریری PortAudio درکار ہے، جو انسٹال نہیں ہے۔ اسے “{command}” سے انسٹال کریں، پھر Oriel دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>آواز سے ان پٹ دستیاب نہیں: آڈیو لائبریری (PortAudio) موجود نہیں۔</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>مائیکروفون نہیں کھل سکا ({reason})۔ شاید کوئی اور پروگرام اسے استعمال کر رہا ہے۔</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>کوئی ماڈل لوڈ نہیں ہے۔ ترتیبات میں ایک منتخب کریں۔</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>ماڈل کی فائلیں نہیں ملیں۔ ترتیبات میں ماڈل دوبارہ ڈاؤن لوڈ یا درآمد کریں۔</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>ماڈل کی فائلیں خراب ہیں۔ ترتیبات میں ماڈل دوبارہ ڈاؤن لوڈ کریں۔</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>اس ماڈل کے لیے میموری کافی نہیں۔ دوسرے پروگرام بند کریں یا چھوٹا ماڈل منتخب کریں۔</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>گفتگو ماڈل کے سیاق سے لمبی ہے۔ نئی چیٹ شروع کریں یا ترتیبات میں سیاق کی لمبائی بڑھائیں۔</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>منتخب ایکسلریٹر دستیاب نہیں۔ ترتیبات میں “خودکار” منتخب کریں۔</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>ایک تصویر پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>انجن اچانک رک گیا اور دوبارہ شروع ہو رہا ہے۔ آپ کی گفتگو محفوظ ہے۔</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>انجن ‏Oriel کے اس ورژن سے مطابقت نہیں رکھتا۔ ‏Oriel دوبارہ انسٹال کریں۔</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} تک رسائی نہیں ہو سکی: کنکشن چیک کریں، یا کوئی فولڈر درآمد کریں۔</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>ریموٹ سرور تک رسائی نہیں ہو سکی۔ اس کا پتا اور یہ کہ وہ چل رہا ہے، چیک کریں۔</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>ریموٹ سرور نے API کلید مسترد کر دی۔ ترتیبات میں کلید چیک کریں۔</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>ریموٹ سرور کے پاس یہ ماڈل نہیں۔ ترتیبات میں ماڈل کا نام چیک کریں۔</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>انجن میں کوئی خرابی پیش آئی۔</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>‏Oriel آپ کی چیٹس نہیں کھول سکتا: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>تقریباً {words} الفاظ/سیکنڈ، ایک تصویر {seconds} سیکنڈ میں پڑھتا ہے</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} MB</translation>
    </message>
</context>
</TS>
