<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} விடுபட்டது: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>படம்</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>படம் {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>வட்டு நிறைந்துவிட்டது: {folder} இல் {size} தேவை. இது சேமிக்கப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>உரையாடல்</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>எதையும் கேளுங்கள், அல்லது ஒரு படத்தைப் பற்றிப் பேச அதை இங்கே விடுங்கள்.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel-க்குச் செய்தி (அனுப்ப Enter, புதிய வரிக்கு Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>படங்களை இணை</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>செய்தியை அனுப்பு</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>பதிலை நிறுத்து</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>முந்தைய செய்தியைத் திருத்துகிறீர்கள். அனுப்பினாலும் பழைய பதிப்பு அப்படியே இருக்கும்.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>திருத்துவதை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>{name} படத்தை நீக்கு</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>படங்கள் ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>ஒரு செய்தியில் அதிகபட்சம் %n படம் இணைக்கலாம்.</numerusform>
            <numerusform>ஒரு செய்தியில் அதிகபட்சம் %n படங்கள் இணைக்கலாம்.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” என்பது Oriel படிக்கக்கூடிய படம் அல்ல. PNG, JPEG, WebP, GIF அல்லது BMP படங்களை இணைக்கலாம்.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>ஒட்டிய படம் {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>தொலை எஞ்சின்</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>இந்தக் கணினிக்குப் பதிலாக ஒரு சேவையகத்தைக் கொண்டு பதிலளி</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>OpenAI உடன் இணக்கமான எந்தச் சேவையகமும் (vLLM, SGLang, llama.cpp, Ollama). உங்கள் செய்திகளும் படங்களும் அதற்கு அனுப்பப்படும், அது இயக்கத்தில் உள்ளவரை சாளரம் அதைத் தெரிவிக்கும்.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>சேவையக முகவரி</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>மாதிரியின் பெயர்</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>காலி: சேவையகத்தின் ஒரே மாதிரி</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API சாவி</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>சாவியை மறந்துவிடு</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>உள்ளூர் API சேவையகம்</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>ஏற்றிய மாதிரியை இந்தக் கணினியின் பிற செயலிகளுக்கு வழங்கு</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>டோக்கன்</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>முகவரியை நகலெடு</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>டோக்கனை நகலெடு</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>அடையாளத்தை நகலெடு</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>சாவி இந்த அமர்வுக்கு மட்டுமே வைக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>இந்தச் சேவையகத்துக்கு ஒரு சாவி சேமிக்கப்பட்டுள்ளது. அதை மாற்ற புதியதைத் தட்டச்சிடுங்கள்.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>சேவையகத்துக்குச் சாவி தேவையில்லை என்றால் இதைக் காலியாக விடுங்கள்.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>இணைக்கப்படவில்லை: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination} உடன் இணைக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>டோக்கனை அனுப்பும் முன் இந்த போர்ட்டில் இருப்பது Oriel தான் என்பதை ஒரு கிளையன்ட் சரிபார்க்கலாம்: அது ஒரு சீரற்ற {challenge} தலைப்பை அனுப்புகிறது, Oriel இந்த அடையாளத்தைச் சாவியாகக் கொண்ட சவாலின் HMAC-SHA256 ஐ {proof} ஆகப் பதிலளிக்கிறது. போர்ட்டில் உள்ள வேறு நிரலால் இது முடியாது.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API விசை குறியாக்கமின்றி {destination}க்கு அனுப்பப்படும்: இடையிலுள்ள வலையமைப்பில் யார் வேண்டுமானாலும் அதைப் படிக்கலாம். சேவையகத்தில் https:// முகவரி இருந்தால் அதைப் பயன்படுத்துங்கள். இருந்தாலும் அனுப்பவா?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>API சாவியைப் பாதுகாப்பாக வைக்க இந்தக் கணினியில் சாவிக்கொத்து எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>உங்கள் டெஸ்க்டாப்பின் சாவிக்கொத்தைத் (GNOME Keyring அல்லது KWallet போன்றவை) தொடங்கி மீண்டும் முயலுங்கள், உங்கள் பயனர் கணக்கு மட்டுமே படிக்கக்கூடிய கோப்பில் சாவியை வையுங்கள் (அது மறையாக்கப்படவில்லை), அல்லது Oriel மூடப்படும் வரை மட்டும் வைத்திருங்கள்.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>கோப்பில் சேமி (மறையாக்கப்படாது)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>இந்த அமர்வுக்கு மட்டும்</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel-க்கு வரவேற்கிறோம்</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel என்பது முழுவதும் இந்தக் கணினியிலேயே இயங்கும் உதவியாளர். உங்கள் உரையாடல்களும் படங்களும் இங்கேயே இருக்கும்: கணக்கு இல்லை, தொலையளவியல் இல்லை, நீங்கள் ஒரு மாதிரியைப் பதிவிறக்கும்போது மட்டுமே Oriel இணையத்தைப் பயன்படுத்தும்.

இப்போது ஒரு மாதிரியைத் தேர்ந்தெடுங்கள். பெரிய மாதிரிகள் சிறப்பாகப் பதிலளிக்கும், ஆனால் அவற்றுக்கு அதிக நினைவகம் தேவை, வேகமும் குறைவு.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>தொடர்</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>மாதிரியைத் தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} பதிவிறக்கம், சுமார் {ram} நினைவகம் தேவை</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(இந்தக் கணினிக்குப் பரிந்துரைக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(நிறுவப்பட்டது)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>கோப்புறையை இறக்கு…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>மீண்டும் தொடங்கு</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>பதிவிறக்கு</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>அரட்டையைத் தொடங்கு</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>பதிவிறக்க முன்னேற்றம்</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>பதிவிறக்குகிறது…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>மாதிரிக் கோப்புறையை இறக்கு</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>இறக்குகிறது…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>மாதிரி தயார்.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>படம்</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>முழு அளவுப் படம்</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>மைக்ரோஃபோன் அளவு</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>டோக்கன் கணினியின் சாவிக்கொத்தில் வைக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>உங்கள் பயனர் கணக்கு மட்டுமே படிக்கக்கூடிய ஒரு கோப்பில் டோக்கன் வைக்கப்பட்டுள்ளது, {folder} இல்.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>போர்ட் {port} ஏற்கெனவே வேறொரு நிரலால் பயன்படுத்தப்படுகிறது: வேறு போர்ட்டைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>சேவையகத்தைத் தொடங்க முடியவில்லை: {reason}</translation>
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
        <translation>புதிய அரட்டை</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>அரட்டைகளில் தேடு</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>பதிலை நிறுத்து</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>செய்திப் பெட்டிக்குச் செல்</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>கடைசிப் பதிலை மீண்டும் உருவாக்கு</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>அமைப்புகள்…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>வெளியேறு</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>அரட்டை(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>கருவிகள்(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>அரட்டைகள்</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>அரட்டைகளும் உரையாடலும்</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>முடுக்கி</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>வேகம்</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>பயன்படுத்திய சூழல்</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>இந்தக் கணினியில் உள்ள கோப்புகளை மட்டுமே இணைக்க முடியும்.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} உடன் இணைக்கிறது…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>எஞ்சின் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>எஞ்சின் நிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>எஞ்சினைத் தொடங்குகிறது…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} ஏற்றப்படுகிறது…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>மாதிரி எதுவும் ஏற்றப்படவில்லை</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>தொலை</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} டோக்கன்/வி</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>சூழல் {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} நிறுவப்படவில்லை. அமைப்புகளில் அதைப் பதிவிறக்குங்கள்.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>முந்தைய பதிப்பு</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>அடுத்த பதிப்பு</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>செய்தியை நகலெடு</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>திருத்து</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>இந்தச் செய்தியைத் திருத்தி மீண்டும் அனுப்பு</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>மீண்டும் உருவாக்கு</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>இந்தப் பதிலை மீண்டும் உருவாக்கு</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>உங்கள் செய்தி</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>பதில்</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>சிந்தனை</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>படம் {number} / {total}, முழு அளவில் திற</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>பதிப்பு {version} / {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>சிந்திக்கிறது…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln வி சிந்தித்தது</numerusform>
            <numerusform>%Ln வி சிந்தித்தது</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>சிந்தனை</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>நிறுத்தப்பட்டது.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>இடைநின்றது: இந்தப் பதில் முடியும் முன் Oriel மூடப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>தட்டச்சு செய்வதற்குப் பதில் பேசுங்கள் ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>பதிவை நிறுத்தி எழுத்தாக்கு ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>எழுத்தாக்குகிறது… நிறுத்தக் கிளிக் செய்யுங்கள்</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>இடைநிறுத்தப்பட்டது. பதிவிறக்கியவை வைக்கப்படும்: தொடர மீண்டும் தொடங்குங்கள்.</translation>
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
        <translation>தொலை எஞ்சின்</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>இந்தக் கணினியைப் பயன்படுத்து</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>தொலை எஞ்சினை அணை</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>இணைக்கப்படவில்லை: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} உடன் இணைக்கிறது…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>செய்திகளும் படங்களும் இந்தக் கணினியில் உள்ள வேறொரு நிரலுக்குச் செல்கின்றன ({destination}); அவை இந்தக் கணினியை விட்டு வெளியேறாது.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>செய்திகளும் படங்களும் இந்தக் கணினியை விட்டு வெளியேறுகின்றன: அவை மறையாக்கப்பட்ட இணைப்பின் (HTTPS) வழியாக {destination}-க்கு அனுப்பப்படுகின்றன.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>செய்திகளும் படங்களும் இந்தக் கணினியை விட்டு வெளியேறுகின்றன: அவை மறையாக்கம் இல்லாமல் (சாதாரண HTTP) {destination}-க்கு அனுப்பப்படுகின்றன, எனவே பிணையத்தில் உள்ள மற்றவர்கள் அவற்றைப் படிக்கலாம்.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>http:// அல்லது https:// எனத் தொடங்கும் சேவையக முகவரியை உள்ளிடுங்கள், எடுத்துக்காட்டாக http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>தோற்றம்</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>இணைப்புகள்</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>மாதிரியின் அளவு</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>முடுக்கி</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>சூழல் நீளம் (டோக்கன்கள்)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>மாதிரிக் கோப்புறை</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>கணினி அறிவுறுத்தல்</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>ஒரு படத்துக்கான டோக்கன்கள்</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>தீம்</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>வெப்பநிலை</translation>
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
        <translation>மீள்வருகை அபராதம்</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>இருப்பு அபராதம்</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>பதிவிறக்கு</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>தேர்ந்தெடுத்த மாதிரியைப் பதிவிறக்கு</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>பதிவிறக்க முன்னேற்றம்</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>மாதிரிக் கோப்புறையைத் தேர்ந்தெடு</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>இயல்புக் கோப்புறை</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>பதிலளிக்கும் முன் சிந்தி (மெதுவானது, பெரும்பாலும் சிறந்தது)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>பரிந்துரைக்கு மீட்டமை</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>மாதிரியெடுப்பை இந்த மாதிரிக்குப் பரிந்துரைக்கப்பட்ட மதிப்புகளுக்கு மீட்டமை</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>அமைப்புப் பிரிவுகள்</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>தானியங்கு (கிடைப்பதில் சிறந்தது)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>பயன்பாட்டில் இல்லை: ஒரு தொலை எஞ்சின் பதிலளிக்கிறது (இணைப்புகளைப் பாருங்கள்).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>பயன்பாட்டில்: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} கணுக்களில் {placed} {provider} இல் இயங்குகின்றன</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>இன்னும் மாதிரி எதுவும் ஏற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>கணினி மொழி</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>கணினியைப் பின்பற்று</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>வெளிர்</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>இருள்</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>நிறுவப்பட்டது</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>நிறுவப்பட்டது. சுமார் {ram} நினைவகம் தேவை.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>நிறுவப்படவில்லை: {size} பதிவிறக்கம். சுமார் {ram} நினைவகம் தேவை.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>புதிய அரட்டை</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>அரட்டைகளில் தேடு</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>உரையாடல்கள்</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>மறுபெயரிடு</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown ஆக ஏற்றுமதிசெய்…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON ஆக ஏற்றுமதிசெய்…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>அரட்டையை நீக்கு</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>“{title}” நீக்கவா? இதைத் திரும்பப் பெற முடியாது.</translation>
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
        <translation>அரட்டையை ஏற்றுமதிசெய்</translation>
    </message>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>சிந்தனை</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” சேமிக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>பேச்சு மாதிரி (குரல் உள்ளீடு)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>பதிவிறக்கு</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>தேர்ந்தெடுத்த பேச்சு மாதிரியைப் பதிவிறக்கு</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>பதிவிறக்கத்தை ரத்துசெய்</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>கோப்புறையை இறக்கு…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>பேச்சு மாதிரி கோப்புறையை இறக்குமதி செய்</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>பதிவிறக்க முன்னேற்றம்</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: வேகமானது (பரிந்துரைக்கப்படுகிறது)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: மேலும் துல்லியமானது, மெதுவானது</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>நிறுவப்பட்டது</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>நிறுவப்பட்டது ({size}). OK என்பதை அழுத்தியதும் குரல் உள்ளீடு இதைப் பயன்படுத்தும்.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>நிறுவப்பட்டது ({size}). குரல் உள்ளீடு இந்த மாதிரியைப் பயன்படுத்துகிறது.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>இன்னும் எந்தப் பேச்சு மாதிரியும் நிறுவப்படவில்லை: குரல் உள்ளீட்டுக்கு ஒன்று தேவை.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>நிறுவப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>பதிவு எழுத்தாக்க முடியாத அளவுக்குச் சிறியதாக இருந்தது.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>மைக்ரோஃபோன் துண்டிக்கப்பட்டது. பதிவானவை எழுத்தாக்கப்படுகின்றன.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>பதிவு %n நிமிடத்துக்குப் பிறகு நிற்கும். இப்போது எழுத்தாக்கப்படுகிறது.</numerusform>
            <numerusform>பதிவு %n நிமிடங்களுக்குப் பிறகு நிற்கும். இப்போது எழுத்தாக்கப்படுகிறது.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>பதிவில் Oriel எந்தச் சொல்லையும் கேட்கவில்லை.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>பேச்சு மாதிரி எதுவும் நிறுவப்படவில்லை. அமைப்புகளில் ஒன்றைப் பதிவிறக்குங்கள்: “மாதிரி” தாவலில், “பேச்சு மாதிரி (குரல் உள்ளீடு)” என்பதன் கீழ்.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>பதிவை எழுத்தாக்க முடியவில்லை: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>மைக்ரோஃபோன் எதுவும் கிடைக்கவில்லை. ஒன்றை இணையுங்கள், அல்லது கணினியின் ஒலி அமைப்புகளில் அதை உள்ளீட்டுச் சாதனமாகத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel-ஆல் மைக்ரோஃபோனைக் கேட்க முடியவில்லை. அது முடக்கப்பட்டிருக்கலாம், அல்லது அதைப் பயன்படுத்த Oriel-க்கு அனுமதி இல்லாமல் இருக்கலாம்: கணினியின் தனியுரிமை அமைப்புகளில் மைக்ரோஃபோன் அனுமதியைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>எதுவும் பதிவாகும் முன்பே மைக்ரோஃபோன் துண்டிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>குரல் உள்ளீட்டுக்கு PortAudio ஒலி நூலகம் தேவை, அது நிறுவப்படவில்லை. “{command}” மூலம் அதை நிறுவி, பிறகு Oriel-ஐ மீண்டும் தொடங்குங்கள்.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>குரல் உள்ளீடு கிடைக்கவில்லை: ஆடியோ நூலகம் (PortAudio) இல்லை.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>மைக்ரோஃபோனைத் திறக்க முடியவில்லை ({reason}). வேறொரு நிரல் அதைப் பயன்படுத்தக்கூடும்.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>மாதிரி எதுவும் ஏற்றப்படவில்லை. அமைப்புகளில் ஒன்றைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>மாதிரிக் கோப்புகள் கிடைக்கவில்லை. அமைப்புகளில் மாதிரியை மீண்டும் பதிவிறக்குங்கள் அல்லது இறக்குங்கள்.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>மாதிரிக் கோப்புகள் சேதமடைந்துள்ளன. அமைப்புகளில் மாதிரியை மீண்டும் பதிவிறக்குங்கள்.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>இந்த மாதிரிக்குப் போதுமான நினைவகம் இல்லை. பிற நிரல்களை மூடுங்கள் அல்லது சிறிய மாதிரியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>உரையாடல் மாதிரியின் சூழலை விட நீளமாக உள்ளது. புதிய அரட்டையைத் தொடங்குங்கள் அல்லது அமைப்புகளில் சூழல் நீளத்தை அதிகரியுங்கள்.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>தேர்ந்தெடுத்த முடுக்கி கிடைக்கவில்லை. அமைப்புகளில் “தானியங்கு” என்பதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>படங்களில் ஒன்றைப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>எஞ்சின் எதிர்பாராமல் நின்று மீண்டும் தொடங்குகிறது. உங்கள் உரையாடல் பாதுகாப்பாக உள்ளது.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>எஞ்சின் இந்த Oriel பதிப்புடன் பொருந்தவில்லை. Oriel-ஐ மீண்டும் நிறுவுங்கள்.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host}-ஐ அணுக முடியவில்லை: இணைப்பைச் சரிபாருங்கள், அல்லது ஒரு கோப்புறையை இறக்குங்கள்.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>தொலை சேவையகத்தை அடைய முடியவில்லை. அதன் முகவரியையும் அது இயங்குகிறதா என்பதையும் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>தொலை சேவையகம் API சாவியை மறுத்தது. அமைப்புகளில் சாவியைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>தொலை சேவையகத்தில் அந்த மாதிரி இல்லை. அமைப்புகளில் மாதிரியின் பெயரைச் சரிபாருங்கள்.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>எஞ்சினில் ஏதோ தவறு நடந்தது.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel உங்கள் அரட்டைகளைத் திறக்க முடியவில்லை: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>சுமார் {words} சொற்கள்/வி, ஒரு படத்தை {seconds} வி-இல் படிக்கும்</translation>
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
