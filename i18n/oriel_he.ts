<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} הושמט: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>תמונה {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>הדיסק מלא: נדרשים {size} ב־{folder}. הדבר לא נשמר.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>אפשר לשאול כל דבר, או לגרור לכאן תמונה כדי לדבר עליה.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>הודעה ל־Oriel (‏Enter לשליחה, Shift+Enter לשורה חדשה)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>צירוף תמונות</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>שליחת ההודעה</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>עצירת התשובה</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>עריכה של הודעה קודמת. לאחר השליחה הגרסה הישנה נשמרת.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>ביטול העריכה</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>הסרת התמונה {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>תמונות ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>אפשר לצרף להודעה תמונה אחת לכל היותר.</numerusform>
            <numerusform>אפשר לצרף להודעה עד %n תמונות.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>‏„{names}” אינה תמונה ש־Oriel יכול לקרוא. אפשר לצרף תמונות PNG,‏ JPEG,‏ WebP,‏ GIF או BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>תמונה שהודבקה {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>מנוע מרוחק</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>מענה משרת במקום מהמחשב הזה</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>כל שרת תואם OpenAI ‏(vLLM‏, SGLang‏, llama.cpp‏, Ollama). ההודעות והתמונות שלך נשלחות אליו, והחלון מציין זאת כל עוד הוא פעיל.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>שם המודל</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>ריק: המודל היחיד בשרת</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>שכחת המפתח</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>שרת API מקומי</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>הגשת המודל הטעון ליישומים אחרים במחשב הזה</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>פתחה</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>אסימון</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>העתקת הכתובת</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>העתקת האסימון</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>זהות</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>העתקת הזהות</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>המפתח נשמר להפעלה הזו בלבד.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>שמור מפתח לשרת הזה. אפשר להקליד מפתח חדש כדי להחליף אותו.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>אפשר להשאיר את המפתח ריק אם השרת לא צריך מפתח.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>אין חיבור: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>מחובר אל {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>לקוח יכול לוודא שבפתחה הזאת נמצא Oriel לפני שהוא שולח את האסימון: הוא שולח כותרת {challenge} אקראית, ו־Oriel עונה {proof}, ה־HMAC-SHA256 של האתגר עם הזהות הזאת כמפתח. תוכנה אחרת בפתחה לא יכולה.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>מפתח ה־API יישלח ללא הצפנה אל {destination}: כל מי שנמצא ברשת שבדרך יוכל לקרוא אותו. השתמשו בכתובת https://‎ אם לשרת יש כזו. לשלוח בכל זאת?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>אין במחשב הזה מחזיק מפתחות שישמור את מפתח ה־API בבטחה.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>אפשר להפעיל את מחזיק המפתחות של שולחן העבודה (כמו GNOME Keyring או KWallet) ולנסות שוב, לשמור את המפתח בקובץ שרק חשבון המשתמש שלך יכול לקרוא (הוא אינו מוצפן), או לשמור אותו רק עד ש־Oriel ייסגר.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>שמירה בקובץ (לא מוצפן)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>להפעלה הזו בלבד</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>ברוכים הבאים ל־Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel הוא עוזר שפועל כולו במחשב הזה. השיחות והתמונות שלך נשארות כאן: אין חשבון, אין טלמטריה, ו־Oriel משתמש ברשת רק כשמורידים מודל.

עכשיו צריך לבחור מודל. מודלים גדולים יותר עונים טוב יותר, אבל צריכים יותר זיכרון ואיטיים יותר.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>המשך</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>בחירת מודל</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: הורדה של {download}, נדרש זיכרון של כ־{ram}</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(מומלץ למחשב הזה)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(מותקן)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>ייבוא תיקייה…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>המשך ההורדה</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>הורדה</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>להתחיל לשוחח</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>התקדמות ההורדה</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>מתבצעת הורדה…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>ייבוא תיקיית מודל</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>מתבצע ייבוא…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>המודל מוכן.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>תמונה בגודל מלא</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>עוצמת המיקרופון</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>האסימון נשמר במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>האסימון נשמר בקובץ שרק חשבון המשתמש שלך יכול לקרוא, בתיקייה {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>פתחה {port} כבר בשימוש של תוכנה אחרת: יש לבחור פתחה אחרת.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>לא ניתן היה להפעיל את השרת: {reason}</translation>
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
        <translation>צ׳אט חדש</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>חיפוש בצ׳אטים</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>עצירת התשובה</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>מעבר לתיבת ההודעה</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>יצירה מחדש של התשובה האחרונה</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;צ׳אט</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;כלים</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>צ׳אטים</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>צ׳אטים ושיחה</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>מודל</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>מאיץ</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>מהירות</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>הקשר בשימוש</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>אפשר לצרף רק קבצים מהמחשב הזה.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>מתחבר אל {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>המנוע אינו זמין</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>המנוע נעצר</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>המנוע מופעל…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>טעינת Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>לא נטען מודל</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>מרוחק</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} טוקנים/שנ׳</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>הקשר {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} אינו מותקן. אפשר להוריד אותו בהגדרות.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>את/ה</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>הגרסה הקודמת</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>הגרסה הבאה</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>העתקת ההודעה</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>עריכת ההודעה ושליחתה מחדש</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>יצירה מחדש</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>יצירה מחדש של התשובה</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>ההודעה שלך</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>תשובה</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>חשיבה</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>תמונה {number} מתוך {total}, פתיחה בגודל מלא</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>גרסה {version} מתוך {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>חושב…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>חשב שנייה אחת</numerusform>
            <numerusform>חשב %Ln שנ׳</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>מחשבות</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>נעצר.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>נקטע: Oriel נסגר לפני שהתשובה הסתיימה.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>לדבר במקום להקליד ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>עצירת ההקלטה ותמלול ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>מתבצע תמלול… לחיצה תעצור</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>מושהה. מה שכבר הורד נשמר: אפשר להתחיל שוב כדי להמשיך.</translation>
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
        <translation>מנוע מרוחק</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>שימוש במחשב הזה</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>כיבוי המנוע המרוחק</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>אין חיבור: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>מתחבר אל {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>ההודעות והתמונות עוברות לתוכנה אחרת במחשב הזה ({destination}); הן לא יוצאות מהמכשיר.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>ההודעות והתמונות יוצאות מהמחשב הזה: הן נשלחות אל {destination} בחיבור מוצפן (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>ההודעות והתמונות יוצאות מהמחשב הזה: הן נשלחות אל {destination} ללא הצפנה (HTTP רגיל), כך שאחרים ברשת יכולים לקרוא אותן.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>יש להזין את כתובת השרת, שמתחילה ב־http:// או ב־https://, למשל http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>מודל</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>צ׳אט</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>מראה</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>חיבורים</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>גודל המודל</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>מאיץ</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>אורך ההקשר (בטוקנים)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>תיקיית המודלים</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>הנחיית מערכת</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>טוקנים לכל תמונה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ערכת נושא</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>טמפרטורה</translation>
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
        <translation>קנס על חזרות</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>קנס על נוכחות</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>הורדה</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>הורדת המודל שנבחר</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>התקדמות ההורדה</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>בחירת תיקיית המודלים</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>תיקיית ברירת המחדל</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>לחשוב לפני שעונים (איטי יותר, לרוב טוב יותר)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>איפוס לערכים המומלצים</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>איפוס הדגימה לערכים המומלצים למודל הזה</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>חלקי ההגדרות</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>אוטומטי (הטוב ביותר שזמין)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>לא בשימוש: מנוע מרוחק עונה (ראו חיבורים).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>בשימוש: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed} מתוך {total} צמתים רצים על {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>עדיין לא נטען מודל.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>שפת המערכת</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>לפי המערכת</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>בהירה</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>כהה</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>מותקן</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>מותקן. נדרש זיכרון של כ־{ram}.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>לא מותקן: הורדה של {size}. נדרש זיכרון של כ־{ram}.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>צ׳אט חדש</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>חיפוש בצ׳אטים</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>שינוי שם</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>ייצוא כ־Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>ייצוא כ־JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>מחיקת הצ׳אט</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>למחוק את „{title}”? אי אפשר לבטל את הפעולה.</translation>
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
        <translation>ייצוא הצ׳אט</translation>
    </message>
    <message>
        <source>You</source>
        <translation>את/ה</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>חשיבה</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>לא ניתן לשמור את „{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>„{path}” נשמר.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>מודל דיבור (קלט קולי)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>הורדה</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>הורדת מודל הדיבור שנבחר</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ביטול ההורדה</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>ייבוא תיקייה…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>ייבוא תיקייה של מודל דיבור</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>התקדמות ההורדה</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: מהיר (מומלץ)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: מדויק יותר, איטי יותר</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>מותקן</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>מותקן ({size}). הקלט הקולי ישתמש בו אחרי לחיצה על אישור.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>מותקן ({size}). הקלט הקולי משתמש במודל הזה.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>עדיין לא מותקן מודל דיבור: הקלט הקולי זקוק לאחד.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>לא מותקן.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>ההקלטה הייתה קצרה מכדי לתמלל אותה.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>המיקרופון נותק. מה שהוקלט מתומלל עכשיו.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>הקלטות נעצרות אחרי דקה אחת. ההקלטה מתומללת עכשיו.</numerusform>
            <numerusform>הקלטות נעצרות אחרי %n דקות. ההקלטה מתומללת עכשיו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>‏Oriel לא שמע מילים בהקלטה.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>לא מותקן מודל דיבור. אפשר להוריד אחד בהגדרות: בכרטיסייה „מודל”, תחת „מודל דיבור (קלט קולי)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>לא ניתן לתמלל את ההקלטה: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>לא נמצא מיקרופון. יש לחבר מיקרופון, או לבחור בו כהתקן הקלט בהגדרות הקול של המערכת.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>‏Oriel לא שומע את המיקרופון. ייתכן שהוא מושתק, או ש־Oriel אינו מורשה להשתמש בו: כדאי לבדוק את הרשאת המיקרופון בהגדרות הפרטיות של המערכת.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>המיקרופון נותק לפני שהוקלט משהו.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>קלט קולי צריך את ספריית השמע PortAudio, שאינה מותקנת. התקינו אותה עם ”{command}“ והפעילו מחדש את Oriel.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>קלט קולי אינו זמין: ספריית השמע (PortAudio) חסרה.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>לא ניתן לפתוח את המיקרופון ({reason}). ייתכן שתוכנה אחרת משתמשת בו.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>לא נטען מודל. אפשר לבחור מודל בהגדרות.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>קובצי המודל לא נמצאו. יש להוריד או לייבא את המודל מחדש בהגדרות.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>קובצי המודל פגומים. יש להוריד את המודל מחדש בהגדרות.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>אין מספיק זיכרון למודל הזה. כדאי לסגור תוכניות אחרות או לבחור מודל קטן יותר.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>השיחה ארוכה מההקשר של המודל. אפשר להתחיל צ׳אט חדש או להגדיל את אורך ההקשר בהגדרות.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>המאיץ שנבחר אינו זמין. יש לבחור „אוטומטי” בהגדרות.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>לא ניתן לקרוא אחת מהתמונות.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>המנוע נעצר באופן בלתי צפוי ומופעל מחדש. השיחה שלך שמורה.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>המנוע אינו מתאים לגרסה הזו של Oriel. יש להתקין את Oriel מחדש.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>לא ניתן להגיע אל {host}: בדקו את החיבור, או ייבאו תיקייה.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>אי אפשר להגיע לשרת המרוחק. כדאי לבדוק את הכתובת שלו ושהוא פועל.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>השרת המרוחק דחה את מפתח ה־API. כדאי לבדוק את המפתח בהגדרות.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>לשרת המרוחק אין את המודל הזה. כדאי לבדוק את שם המודל בהגדרות.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>משהו השתבש במנוע.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>‏Oriel לא יכול לפתוח את הצ׳אטים שלך: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>כ־{words} מילים לשנייה, קורא תמונה ב־{seconds} שניות</translation>
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
