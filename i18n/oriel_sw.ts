<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} imeachwa: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Picha {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Diski imejaa: {size} inahitajika katika {folder}. Haikuhifadhiwa.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Uliza chochote, au dondosha picha hapa ili tuizungumzie.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Ujumbe kwa Oriel (Enter kutuma, Shift+Enter kwa mstari mpya)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Ambatisha picha</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Tuma ujumbe</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Simamisha jibu</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Unahariri ujumbe wa awali. Ukituma, toleo la zamani litabaki.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Ghairi kuhariri</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Ondoa picha {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Picha ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Ujumbe mmoja unaweza kubeba hadi picha %n.</numerusform>
            <numerusform>Ujumbe mmoja unaweza kubeba hadi picha %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” si picha ambayo Oriel inaweza kusoma. Unaweza kuambatisha picha za PNG, JPEG, WebP, GIF au BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Picha iliyobandikwa {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Injini ya mbali</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Jibu kwa seva badala ya kompyuta hii</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Seva yoyote inayooana na OpenAI (vLLM, SGLang, llama.cpp, Ollama). Ujumbe na picha zako hutumwa kwake, na dirisha huonyesha hivyo muda wote ikiwa imewashwa.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Anwani ya seva</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Jina la modeli</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Tupu: modeli pekee ya seva</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ufunguo wa API</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Sahau ufunguo</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Seva ya API ya ndani</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Toa modeli iliyopakiwa kwa programu nyingine kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Mlango</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Tokeni</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Nakili anwani</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Nakili tokeni</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Utambulisho</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Nakili utambulisho</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Ufunguo umehifadhiwa kwa kipindi hiki pekee.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Ufunguo umehifadhiwa kwa seva hii. Andika mpya ili kuubadilisha.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Acha ufunguo wazi ikiwa seva haiuhitaji.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Haijaunganishwa: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Imeunganishwa kwa {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Mteja anaweza kuhakikisha kuwa mlango huu ni Oriel kabla ya kutuma tokeni: hutuma kichwa {challenge} cha nasibu, na Oriel hujibu {proof}, yaani HMAC-SHA256 ya changamoto hiyo kwa ufunguo wa utambulisho huu. Programu nyingine kwenye mlango haiwezi.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>Ufunguo wa API ungetumwa bila usimbaji fiche kwa {destination}: yeyote kwenye mtandao ulio katikati angeweza kuusoma. Tumia anwani ya https:// kama seva inayo. Utumwe hata hivyo?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Hakuna kishika funguo kwenye kompyuta hii cha kuhifadhi ufunguo wa API kwa usalama.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Washa kishika funguo cha eneo-kazi lako (kama GNOME Keyring au KWallet) kisha ujaribu tena, hifadhi ufunguo kwenye faili ambayo akaunti yako ya mtumiaji pekee inaweza kusoma (haijasimbwa), au uuhifadhi hadi Oriel itakapofungwa tu.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Hifadhi kwenye faili (haijasimbwa)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Kipindi hiki pekee</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Karibu kwenye Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel ni msaidizi anayefanya kazi kikamilifu kwenye kompyuta hii. Mazungumzo na picha zako hubaki hapa: hakuna akaunti, hakuna telemetria, na Oriel hutumia mtandao tu unapopakua modeli.

Sasa chagua modeli. Modeli kubwa hujibu vizuri zaidi, lakini zinahitaji kumbukumbu zaidi na ni za polepole zaidi.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Chagua modeli</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: upakuaji wa {download}, inahitaji takriban {ram} ya kumbukumbu</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(inapendekezwa kwa kompyuta hii)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(imesakinishwa)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Leta folda…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Endelea kupakua</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pakua</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Anza kupiga gumzo</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Maendeleo ya upakuaji</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Inapakua…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Leta folda ya modeli</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Inaleta…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Modeli iko tayari.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Picha kwa ukubwa kamili</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Kiwango cha maikrofoni</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Tokeni imehifadhiwa kwenye kishika funguo cha mfumo.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Tokeni imehifadhiwa kwenye faili ambayo akaunti yako ya mtumiaji pekee inaweza kusoma, katika {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Mlango {port} tayari unatumiwa na programu nyingine: chagua mlango mwingine.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Seva imeshindwa kuanza: {reason}</translation>
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
        <translation>Gumzo jipya</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Tafuta kwenye gumzo</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Simamisha jibu</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Nenda kwenye kisanduku cha ujumbe</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Tengeneza upya jibu la mwisho</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Mipangilio…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ondoka</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Gumzo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Zana</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Gumzo</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Orodha ya gumzo na mazungumzo</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Kiongeza kasi</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Kasi</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Muktadha uliotumika</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Faili zilizo kwenye kompyuta hii pekee ndizo zinazoweza kuambatishwa.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Inaunganisha kwa {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Injini haipatikani</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Injini imesimama</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Inawasha injini…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Inapakia Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Hakuna modeli iliyopakiwa</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Mbali</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>tokeni {speed} kwa sekunde</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Muktadha {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} haijasakinishwa. Ipakue kwenye Mipangilio.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Toleo lililotangulia</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Toleo linalofuata</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nakili ujumbe</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Hariri ujumbe huu na uutume tena</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Tengeneza upya</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Tengeneza upya jibu hili</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ujumbe wako</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Jibu</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Fikra</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Picha {number} kati ya {total}, fungua kwa ukubwa kamili</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Toleo {version} kati ya {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Inafikiri…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Ilifikiri kwa sekunde %Ln</numerusform>
            <numerusform>Ilifikiri kwa sekunde %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Fikra</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Imesimamishwa.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Imekatizwa: Oriel ilifungwa kabla jibu hili halijakamilika.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Ongea badala ya kuandika ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Simamisha kurekodi na unukuu ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Inanukuu… bofya ili kusimamisha</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Imesitishwa. Kilichokwisha pakuliwa kinahifadhiwa: anza tena ili kuendelea.</translation>
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
        <translation>Injini ya mbali</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Tumia kompyuta hii</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Zima injini ya mbali</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Haijaunganishwa: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Inaunganisha kwa {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Ujumbe na picha huenda kwa programu nyingine kwenye kompyuta hii ({destination}); haviondoki kwenye mashine.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Ujumbe na picha huondoka kwenye kompyuta hii: hutumwa kwa {destination} kupitia muunganisho uliosimbwa (HTTPS).</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Ujumbe na picha huondoka kwenye kompyuta hii: hutumwa kwa {destination} bila kusimbwa (HTTP ya kawaida), hivyo wengine kwenye mtandao wanaweza kuvisoma.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Weka anwani ya seva, inayoanza na http:// au https://, kwa mfano http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Gumzo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Mwonekano</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Miunganisho</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Ukubwa wa modeli</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Kiongeza kasi</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Urefu wa muktadha (tokeni)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Folda ya modeli</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Maagizo ya mfumo</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeni kwa kila picha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mandhari</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Halijoto</translation>
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
        <translation>Adhabu ya kurudia</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Adhabu ya kuwepo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pakua</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Pakua modeli iliyochaguliwa</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Maendeleo ya upakuaji</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Chagua folda ya modeli</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Folda chaguomsingi</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Fikiri kabla ya kujibu (polepole zaidi, mara nyingi bora zaidi)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Rudisha yanayopendekezwa</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Rudisha sampuli kwenye thamani zinazopendekezwa kwa modeli hii</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sehemu za mipangilio</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Kiotomatiki (bora inayopatikana)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Haitumiki: injini ya mbali ndiyo inayojibu (angalia Miunganisho).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Inatumika: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>Nodi {placed} kati ya {total} zinaendeshwa kwenye {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Bado hakuna modeli iliyopakiwa.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lugha ya mfumo</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Kama mfumo</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Angavu</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Giza</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>imesakinishwa</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Imesakinishwa. Inahitaji takriban {ram} ya kumbukumbu.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Haijasakinishwa: upakuaji wa {size}. Inahitaji takriban {ram} ya kumbukumbu.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Gumzo jipya</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Tafuta kwenye gumzo</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Mazungumzo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Futa…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Hamisha kama Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Hamisha kama JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Futa gumzo</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Ungependa kufuta “{title}”? Hatua hii haiwezi kutenduliwa.</translation>
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
        <translation>Hamisha gumzo</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Fikra</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Imeshindwa kuhifadhi “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Modeli ya usemi (uingizaji wa sauti)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Pakua</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Pakua modeli ya usemi iliyochaguliwa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Ghairi upakuaji</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Leta folda…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Ingiza folda ya modeli ya usemi</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Maendeleo ya upakuaji</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: haraka (inapendekezwa)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: sahihi zaidi, polepole zaidi</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>imesakinishwa</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Imesakinishwa ({size}). Uingizaji wa sauti utaitumia utakapobofya OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Imesakinishwa ({size}). Uingizaji wa sauti unatumia modeli hii.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Bado hakuna modeli ya usemi iliyosakinishwa: uingizaji wa sauti unahitaji moja.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Haijasakinishwa.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Rekodi ilikuwa fupi mno kuweza kunukuliwa.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Maikrofoni imetenganishwa. Kilichorekodiwa kinanukuliwa.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Kurekodi husimama baada ya dakika %n. Sasa inanukuliwa.</numerusform>
            <numerusform>Kurekodi husimama baada ya dakika %n. Sasa inanukuliwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel haikusikia neno lolote kwenye rekodi.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Hakuna modeli ya usemi iliyosakinishwa. Pakua moja kwenye Mipangilio: kwenye kichupo cha “Modeli”, chini ya “Modeli ya usemi (uingizaji wa sauti)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Rekodi haikuweza kunukuliwa: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Hakuna maikrofoni iliyopatikana. Unganisha moja, au uichague kama kifaa cha kuingiza sauti kwenye mipangilio ya sauti ya mfumo wako.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel haisikii maikrofoni. Huenda imezimwa sauti, au Oriel haina ruhusa ya kuitumia: kagua ruhusa ya maikrofoni kwenye mipangilio ya faragha ya mfumo wako.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Maikrofoni ilitenganishwa kabla chochote hakijarekodiwa.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Kuingiza kwa sauti kunahitaji maktaba ya sauti PortAudio, ambayo haijasakinishwa. Isakinishe kwa “{command}”, kisha uanzishe Oriel upya.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Uingizaji wa sauti haupatikani: maktaba ya sauti (PortAudio) haipo.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Maikrofoni haikuweza kufunguliwa ({reason}). Huenda programu nyingine inaitumia.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Hakuna modeli iliyopakiwa. Chagua moja kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Faili za modeli hazikupatikana. Pakua au leta modeli tena kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Faili za modeli zimeharibika. Pakua modeli tena kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Hakuna kumbukumbu ya kutosha kwa modeli hii. Funga programu nyingine au chagua modeli ndogo zaidi.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Mazungumzo ni marefu kuliko muktadha wa modeli. Anza gumzo jipya au ongeza urefu wa muktadha kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Kiongeza kasi kilichochaguliwa hakipatikani. Chagua “Kiotomatiki” kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Mojawapo ya picha haikuweza kusomwa.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Injini ilisimama ghafla na inawashwa upya. Mazungumzo yako yako salama.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Injini hailingani na toleo hili la Oriel. Sakinisha Oriel upya.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Imeshindwa kufikia {host}: angalia muunganisho, au ingiza folda.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Seva ya mbali haifikiki. Kagua anwani yake, na kama inaendeshwa.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Seva ya mbali imekataa ufunguo wa API. Kagua ufunguo kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Seva ya mbali haina modeli hiyo. Kagua jina la modeli kwenye Mipangilio.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Hitilafu fulani imetokea kwenye injini.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel haiwezi kufungua gumzo zako: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>takriban maneno {words}/s, husoma picha kwa sekunde {seconds}</translation>
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
