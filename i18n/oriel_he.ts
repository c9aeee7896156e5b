<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ChatSession</name>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
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
    <name>EngineClient</name>
    <message>
        <source>This copy of Oriel has no engine installed.</source>
        <translation>בעותק הזה של Oriel לא מותקן מנוע.</translation>
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
        <source>In use: {provider} ({reason})</source>
        <translation>בשימוש: {provider} ({reason})</translation>
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
