<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} छोड़ दिया गया: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>चित्र {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>डिस्क भरी हुई है: {folder} में {size} चाहिए। इसे सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>कुछ भी पूछें, या किसी चित्र पर बात करने के लिए उसे यहाँ छोड़ें।</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel को संदेश (भेजने के लिए Enter, नई पंक्ति के लिए Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>चित्र संलग्न करें</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>उत्तर रोकें</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>आप पिछला संदेश संपादित कर रहे हैं। भेजने पर पुराना संस्करण भी रखा रहेगा।</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>संपादन रद्द करें</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>चित्र {name} हटाएँ</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>चित्र ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>एक संदेश में अधिकतम %n चित्र हो सकता है।</numerusform>
            <numerusform>एक संदेश में अधिकतम %n चित्र हो सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” ऐसा चित्र नहीं है जिसे Oriel पढ़ सके। आप PNG, JPEG, WebP, GIF या BMP चित्र संलग्न कर सकते हैं।</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>चिपकाया गया चित्र {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>रिमोट इंजन</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>इस कंप्यूटर के बजाय किसी सर्वर से जवाब दें</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>OpenAI के साथ काम करने वाला कोई भी सर्वर (vLLM, SGLang, llama.cpp, Ollama)। आपके संदेश और चित्र उसे भेजे जाते हैं, और जब तक यह चालू है, विंडो यह बताती रहती है।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>मॉडल का नाम</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>खाली: सर्वर का इकलौता मॉडल</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>कुंजी भूल जाएँ</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>लोकल API सर्वर</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>लोड किया गया मॉडल इस कंप्यूटर के दूसरे ऐप्स को उपलब्ध कराएँ</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>पता कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>टोकन कॉपी करें</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>पहचान</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>पहचान कॉपी करें</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>कुंजी सिर्फ़ इस सत्र के लिए रखी गई है।</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>इस सर्वर के लिए एक कुंजी सहेजी गई है। उसे बदलने के लिए नई कुंजी टाइप करें।</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>अगर सर्वर को कुंजी नहीं चाहिए, तो इसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>कनेक्ट नहीं है: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination} से कनेक्ट है।</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>टोकन भेजने से पहले क्लाइंट जाँच सकता है कि इस पोर्ट पर Oriel है: वह एक यादृच्छिक {challenge} हेडर भेजता है, और Oriel {proof} से उत्तर देता है, जो इस पहचान को कुंजी बनाकर चुनौती का HMAC-SHA256 है। पोर्ट पर कोई दूसरा प्रोग्राम ऐसा नहीं कर सकता।</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API कुंजी बिना एन्क्रिप्शन के {destination} को भेजी जाएगी: बीच के नेटवर्क पर कोई भी इसे पढ़ सकता है। सर्वर के पास हो तो https:// पता इस्तेमाल करें। फिर भी भेजें?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>इस कंप्यूटर पर API कुंजी को सुरक्षित रखने के लिए कोई कीरिंग नहीं है।</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>अपने डेस्कटॉप का कीरिंग (जैसे GNOME Keyring या KWallet) शुरू करें और फिर से कोशिश करें, कुंजी को ऐसी फ़ाइल में रखें जिसे सिर्फ़ आपका यूज़र खाता पढ़ सके (वह एन्क्रिप्टेड नहीं है), या उसे सिर्फ़ Oriel बंद होने तक रखें।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>फ़ाइल में सहेजें (एन्क्रिप्टेड नहीं)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>सिर्फ़ इस सत्र के लिए</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel एक सहायक है जो पूरी तरह इसी कंप्यूटर पर चलता है। आपकी बातचीत और चित्र यहीं रहते हैं: न कोई खाता, न टेलीमेट्री, और Oriel नेटवर्क का उपयोग केवल तब करता है जब आप कोई मॉडल डाउनलोड करते हैं।

अब एक मॉडल चुनें। बड़े मॉडल बेहतर उत्तर देते हैं, पर उन्हें ज़्यादा मेमोरी चाहिए और वे धीमे होते हैं।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>मॉडल चुनें</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} डाउनलोड, लगभग {ram} मेमोरी चाहिए</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(इस कंप्यूटर के लिए सुझाया गया)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(इंस्टॉल किया हुआ)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>चैट शुरू करें</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>डाउनलोड की प्रगति</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>मॉडल फ़ोल्डर आयात करें</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>मॉडल तैयार है।</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>पूरे आकार का चित्र</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>माइक्रोफ़ोन का स्तर</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>टोकन सिस्टम के कीरिंग में रखा है।</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>टोकन एक ऐसी फ़ाइल में रखा है जिसे सिर्फ़ आपका यूज़र खाता पढ़ सकता है, {folder} में।</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>पोर्ट {port} पहले से किसी दूसरे प्रोग्राम के इस्तेमाल में है: कोई दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>सर्वर शुरू नहीं हो सका: {reason}</translation>
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
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>चैट खोजें</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>उत्तर रोकें</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>संदेश बॉक्स पर जाएँ</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>आख़िरी उत्तर फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>चैट(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>टूल(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>चैट सूची और बातचीत</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>एक्सेलरेटर</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>गति</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>इस्तेमाल हुआ संदर्भ</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>केवल इसी कंप्यूटर की फ़ाइलें संलग्न की जा सकती हैं।</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>इंजन उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>इंजन रुका हुआ है</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>इंजन शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>कोई मॉडल लोड नहीं है</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>रिमोट</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} टोकन/से.</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>संदर्भ {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} इंस्टॉल नहीं है। इसे सेटिंग्स में डाउनलोड करें।</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>पिछला संस्करण</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>अगला संस्करण</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>संदेश कॉपी करें</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>इस संदेश को संपादित करके फिर से भेजें</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>यह उत्तर फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>आपका संदेश</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>विचार</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>चित्र {number} / {total}, पूरे आकार में खोलें</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>संस्करण {version} / {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>सोच रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln से. तक सोचा</numerusform>
            <numerusform>%Ln से. तक सोचा</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>विचार प्रक्रिया</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>बाधित: यह उत्तर पूरा होने से पहले Oriel बंद हो गया।</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>टाइप करने के बजाय बोलें ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>रिकॉर्डिंग रोकें और लिखित रूप में बदलें ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>लिखित रूप में बदला जा रहा है… रोकने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>रुका हुआ। जो डाउनलोड हो चुका है वह सुरक्षित है: जारी रखने के लिए फिर से शुरू करें।</translation>
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
        <translation>रिमोट इंजन</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>यही कंप्यूटर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>रिमोट इंजन बंद करें</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>कनेक्ट नहीं है: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination} से कनेक्ट हो रहा है…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>संदेश और चित्र इसी कंप्यूटर के किसी दूसरे प्रोग्राम को जाते हैं ({destination}); वे मशीन से बाहर नहीं जाते।</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>संदेश और चित्र इस कंप्यूटर से बाहर जाते हैं: वे एन्क्रिप्टेड कनेक्शन (HTTPS) से {destination} को भेजे जाते हैं।</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>संदेश और चित्र इस कंप्यूटर से बाहर जाते हैं: वे बिना एन्क्रिप्शन (सादा HTTP) के {destination} को भेजे जाते हैं, इसलिए नेटवर्क पर दूसरे उन्हें पढ़ सकते हैं।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>सर्वर का पता डालें, जो http:// या https:// से शुरू हो, जैसे http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>मॉडल का आकार</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>एक्सेलरेटर</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>संदर्भ की लंबाई (टोकन)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>मॉडल फ़ोल्डर</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम निर्देश</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>प्रति चित्र टोकन</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>तापमान</translation>
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
        <translation>दोहराव दंड</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>उपस्थिति दंड</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>चुना गया मॉडल डाउनलोड करें</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>डाउनलोड की प्रगति</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>मॉडल फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>डिफ़ॉल्ट फ़ोल्डर</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>उत्तर देने से पहले सोचें (धीमा, अक्सर बेहतर)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>अनुशंसित मानों पर लौटें</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>सैंपलिंग को इस मॉडल के अनुशंसित मानों पर लौटाएँ</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>सेटिंग्स के भाग</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>स्वचालित (उपलब्ध में सबसे अच्छा)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>इस्तेमाल में नहीं: एक रिमोट इंजन जवाब दे रहा है (कनेक्शन देखें)।</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>उपयोग में: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total} में से {placed} नोड {provider} पर चलते हैं</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>अभी तक कोई मॉडल लोड नहीं हुआ है।</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>इंस्टॉल किया हुआ</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>इंस्टॉल किया हुआ। लगभग {ram} मेमोरी चाहिए।</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>इंस्टॉल नहीं है: {size} डाउनलोड। लगभग {ram} मेमोरी चाहिए।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>चैट खोजें</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>चैट हटाएँ</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>“{title}” हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
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
        <translation>चैट निर्यात करें</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>विचार</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” सहेजा नहीं जा सका: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>स्पीच मॉडल (आवाज़ से इनपुट)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>डाउनलोड करें</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>चुना गया स्पीच मॉडल डाउनलोड करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>डाउनलोड रद्द करें</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>स्पीच मॉडल का फ़ोल्डर इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>डाउनलोड की प्रगति</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: तेज़ (सुझाया गया)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: ज़्यादा सटीक, धीमा</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>इंस्टॉल किया हुआ</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>इंस्टॉल है ({size})। OK दबाने के बाद आवाज़ से इनपुट इसका इस्तेमाल करेगा।</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>इंस्टॉल है ({size})। आवाज़ से इनपुट यही मॉडल इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>अभी कोई स्पीच मॉडल इंस्टॉल नहीं है: आवाज़ से इनपुट के लिए एक चाहिए।</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>इंस्टॉल नहीं है।</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>रिकॉर्डिंग इतनी छोटी थी कि उसे लिखित रूप में नहीं बदला जा सका।</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>माइक्रोफ़ोन डिस्कनेक्ट हो गया। जितना रिकॉर्ड हुआ, उसे लिखित रूप में बदला जा रहा है।</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>रिकॉर्डिंग %n मिनट बाद रुक जाती है। अब इसे लिखित रूप में बदला जा रहा है।</numerusform>
            <numerusform>रिकॉर्डिंग %n मिनट बाद रुक जाती है। अब इसे लिखित रूप में बदला जा रहा है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel को रिकॉर्डिंग में कोई शब्द सुनाई नहीं दिया।</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>कोई स्पीच मॉडल इंस्टॉल नहीं है। सेटिंग्स में एक डाउनलोड करें: “मॉडल” टैब में, “स्पीच मॉडल (आवाज़ से इनपुट)” के नीचे।</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>रिकॉर्डिंग को लिखित रूप में नहीं बदला जा सका: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>कोई माइक्रोफ़ोन नहीं मिला। कोई माइक्रोफ़ोन जोड़ें, या सिस्टम की ध्वनि सेटिंग्स में उसे इनपुट डिवाइस के रूप में चुनें।</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel माइक्रोफ़ोन को सुन नहीं पा रहा। हो सकता है वह म्यूट हो, या Oriel को उसका उपयोग करने की अनुमति न हो: सिस्टम की गोपनीयता सेटिंग्स में माइक्रोफ़ोन की अनुमति जाँचें।</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>कुछ भी रिकॉर्ड होने से पहले माइक्रोफ़ोन डिस्कनेक्ट हो गया।</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>वॉइस इनपुट के लिए PortAudio ऑडियो लाइब्रेरी चाहिए, जो इंस्टॉल नहीं है। इसे “{command}” से इंस्टॉल करें, फिर Oriel को दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>आवाज़ से इनपुट उपलब्ध नहीं है: ऑडियो लाइब्रेरी (PortAudio) मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>माइक्रोफ़ोन नहीं खुल सका ({reason})। शायद कोई दूसरा प्रोग्राम उसका उपयोग कर रहा है।</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>कोई मॉडल लोड नहीं है। सेटिंग्स में कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>मॉडल की फ़ाइलें नहीं मिलीं। सेटिंग्स में मॉडल फिर से डाउनलोड या आयात करें।</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>मॉडल की फ़ाइलें ख़राब हैं। सेटिंग्स में मॉडल फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>इस मॉडल के लिए पर्याप्त मेमोरी नहीं है। दूसरे प्रोग्राम बंद करें या छोटा मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>बातचीत मॉडल के संदर्भ से लंबी है। नई चैट शुरू करें या सेटिंग्स में संदर्भ की लंबाई बढ़ाएँ।</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>चुना गया एक्सेलरेटर उपलब्ध नहीं है। सेटिंग्स में “स्वचालित” चुनें।</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>चित्रों में से एक पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>इंजन अचानक रुक गया और फिर से शुरू हो रहा है। आपकी बातचीत सुरक्षित है।</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>इंजन Oriel के इस संस्करण से मेल नहीं खाता। Oriel को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host} तक नहीं पहुँचा जा सका: कनेक्शन जाँचें, या कोई फ़ोल्डर इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>रिमोट सर्वर तक नहीं पहुँचा जा सका। उसका पता और यह कि वह चल रहा है, जाँचें।</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>रिमोट सर्वर ने API कुंजी अस्वीकार कर दी। सेटिंग्स में कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>रिमोट सर्वर पर वह मॉडल नहीं है। सेटिंग्स में मॉडल का नाम जाँचें।</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>इंजन में कुछ गड़बड़ हो गई।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel आपकी चैट नहीं खोल सकता: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>लगभग {words} शब्द/से, एक चित्र {seconds} से में पढ़ता है</translation>
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
