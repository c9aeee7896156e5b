<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} jätettiin pois: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>Kuva {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>Levy on täynnä: {folder} tarvitsee {size}. Sitä ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Kysy mitä tahansa tai pudota kuva tähän, niin keskustellaan siitä.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Viesti Orielille (Enter lähettää, Vaihto+Enter aloittaa uuden rivin)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Liitä kuvia</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Lähetä viesti</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Pysäytä vastaus</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Muokkaat aiempaa viestiä. Kun lähetät sen, vanha versio säilyy.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Peru muokkaus</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Poista kuva {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Kuvat ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Viestissä voi olla enintään %n kuva.</numerusform>
            <numerusform>Viestissä voi olla enintään %n kuvaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>”{names}” ei ole kuva, jota Oriel osaa lukea. Voit liittää PNG-, JPEG-, WebP-, GIF- tai BMP-kuvia.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Liitetty kuva {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>Etämoottori</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>Vastaa palvelimella tämän tietokoneen sijaan</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>Mikä tahansa OpenAI-yhteensopiva palvelin (vLLM, SGLang, llama.cpp, Ollama). Viestisi ja kuvasi lähetetään sille, ja ikkuna kertoo siitä niin kauan kuin se on käytössä.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>Mallin nimi</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>Tyhjä: palvelimen ainoa malli</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Unohda avain</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>Paikallinen API-palvelin</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>Tarjoa ladattu malli tämän tietokoneen muille sovelluksille</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopioi osoite</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Kopioi tunnus</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>Identiteetti</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>Kopioi identiteetti</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>Avain säilytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>Tälle palvelimelle on tallennettu avain. Korvaa se kirjoittamalla uusi.</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>Jätä avain tyhjäksi, jos palvelin ei tarvitse sitä.</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ei yhteyttä: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>Yhdistetty kohteeseen {destination}.</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>Asiakas voi tarkistaa, että tässä portissa on Oriel, ennen kuin se lähettää tunnuksen: se lähettää satunnaisen {challenge}-otsakkeen, ja Oriel vastaa {proof}, haasteen HMAC-SHA256 tällä identiteetillä avaimena. Muu portissa oleva ohjelma ei pysty siihen.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API-avain lähetettäisiin salaamattomana kohteeseen {destination}: kuka tahansa välissä olevassa verkossa voisi lukea sen. Käytä https://-osoitetta, jos palvelimella on sellainen. Lähetetäänkö silti?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>Tällä tietokoneella ei ole avainnippua, jossa API-avaimen voisi säilyttää turvallisesti.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>Käynnistä työpöytäsi avainnippu (esimerkiksi GNOME Keyring tai KWallet) ja yritä uudelleen, säilytä avain tiedostossa, jota vain käyttäjätilisi voi lukea (sitä ei ole salattu), tai pidä se vain siihen asti, kun Oriel suljetaan.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>Tallenna tiedostoon (salaamaton)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Vain tämä istunto</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Tervetuloa Orieliin</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel on avustaja, joka toimii kokonaan tällä tietokoneella. Keskustelusi ja kuvasi pysyvät täällä: ei tiliä, ei telemetriaa, ja Oriel käyttää verkkoa vain, kun lataat mallin.

Valitse seuraavaksi malli. Suuremmat mallit vastaavat paremmin, mutta ne tarvitsevat enemmän muistia ja ovat hitaampia.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Valitse malli</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: ladattavaa {download}, tarvitsee noin {ram} muistia</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(suositeltu tälle tietokoneelle)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(asennettu)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Tuo kansio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka latausta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Lataa</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Aloita keskustelu</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Latauksen edistyminen</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Tuo mallin kansio</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Malli on valmis.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Kuva täysikokoisena</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonin taso</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>Tunnus säilytetään järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>Tunnus säilytetään tiedostossa, jota vain käyttäjätilisi voi lukea, kansiossa {folder}.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>Portti {port} on jo toisen ohjelman käytössä: valitse toinen portti.</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>Palvelin ei käynnistynyt: {reason}</translation>
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
        <translation>Uusi keskustelu</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hae keskusteluista</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Pysäytä vastaus</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Siirry viestikenttään</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Luo viimeisin vastaus uudelleen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Keskustelu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Työkalut</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Keskustelut ja avoin keskustelu</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Kiihdytin</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Nopeus</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Käytetty konteksti</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Vain tämän tietokoneen tiedostoja voi liittää.</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Yhdistetään kohteeseen {destination}…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Moottori ei ole käytettävissä</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Moottori on pysähtynyt</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Käynnistetään moottoria…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Ladataan Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Mallia ei ole ladattu</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>Etä</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} tokenia/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Konteksti {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} ei ole asennettu. Lataa se asetuksista.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Edellinen versio</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Seuraava versio</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopioi viesti</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Muokkaa viestiä ja lähetä se uudelleen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Luo uudelleen</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Luo tämä vastaus uudelleen</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Viestisi</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Päättely</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Kuva {number}/{total}, avaa täysikokoisena</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Versio {version}/{versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Miettii…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Mietti %Ln s</numerusform>
            <numerusform>Mietti %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Päättely</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Pysäytetty.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Keskeytyi: Oriel suljettiin ennen kuin vastaus valmistui.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Puhu kirjoittamisen sijaan ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Lopeta tallennus ja litteroi ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Litteroidaan… lopeta napsauttamalla</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Tauolla. Jo ladattu osa säilyy: aloita uudelleen jatkaaksesi.</translation>
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
        <translation>Etämoottori</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>Käytä tätä tietokonetta</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>Poista etämoottori käytöstä</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>Ei yhteyttä: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>Yhdistetään kohteeseen {destination}…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>Viestit ja kuvat menevät toiselle ohjelmalle tällä tietokoneella ({destination}); ne eivät poistu koneelta.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>Viestit ja kuvat lähtevät tältä tietokoneelta: ne lähetetään osoitteeseen {destination} salattua yhteyttä (HTTPS) pitkin.</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>Viestit ja kuvat lähtevät tältä tietokoneelta: ne lähetetään osoitteeseen {destination} salaamattomina (tavallinen HTTP), joten muut verkossa voivat lukea ne.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>Kirjoita palvelimen osoite, joka alkaa http:// tai https://, esimerkiksi http://127.0.0.1:8000/v1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Keskustelu</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>Yhteydet</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Mallin koko</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Kiihdytin</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontekstin pituus (tokeneina)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Mallikansio</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Järjestelmäkehote</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Tokeneita kuvaa kohden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Lämpötila</translation>
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
        <translation>Toistorangaistus</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Esiintymisrangaistus</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Lataa</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Lataa valittu malli</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Latauksen edistyminen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Valitse mallikansio</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Oletuskansio</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Mieti ennen vastaamista (hitaampi, usein parempi)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Palauta suositellut</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Palauta otanta tämän mallin suositeltuihin arvoihin</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Asetusten osiot</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automaattinen (paras saatavilla oleva)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>Suoritin (CPU)</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>Ei käytössä: etämoottori vastaa (katso Yhteydet).</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Käytössä: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{placed}/{total} solmua suoritetaan laitteella {provider}</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Mallia ei ole vielä ladattu.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>asennettu</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Asennettu. Tarvitsee noin {ram} muistia.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Ei asennettu: ladattavaa {size}. Tarvitsee noin {ram} muistia.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Uusi keskustelu</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Hae keskusteluista</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Keskustelut</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Vie Markdown-muodossa…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Vie JSON-muodossa…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Poista keskustelu</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Poistetaanko ”{title}”? Tätä ei voi perua.</translation>
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
        <translation>Vie keskustelu</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Päättely</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Tiedostoa ”{path}” ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Tallennettu ”{path}”.</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>Puhemalli (puhesyöte)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Lataa</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>Lataa valittu puhemalli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Peruuta lataus</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Tuo kansio…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>Tuo puhemallin kansio</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Latauksen edistyminen</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: nopea (suositeltu)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: tarkempi, hitaampi</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>asennettu</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>Asennettu ({size}). Puhesyöte käyttää sitä, kun painat OK.</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>Asennettu ({size}). Puhesyöte käyttää tätä mallia.</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>Puhemallia ei ole vielä asennettu: puhesyöte tarvitsee sellaisen.</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Ei asennettu.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Tallenne oli liian lyhyt litteroitavaksi.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofoni irrotettiin. Tallennettu osa litteroidaan.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Tallennus päättyy %n minuutin jälkeen. Tallenne litteroidaan nyt.</numerusform>
            <numerusform>Tallennus päättyy %n minuutin jälkeen. Tallenne litteroidaan nyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel ei kuullut tallenteessa sanoja.</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>Puhemallia ei ole asennettu. Lataa sellainen asetuksista: välilehdeltä ”Malli” kohdasta ”Puhemalli (puhesyöte)”.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Tallennetta ei voitu litteroida: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Mikrofonia ei löytynyt. Liitä mikrofoni tai valitse se syöttölaitteeksi järjestelmän ääniasetuksista.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel ei kuule mikrofonia. Se voi olla mykistetty, tai Oriel ei ehkä saa käyttää sitä: tarkista mikrofonin käyttöoikeus järjestelmän tietosuoja-asetuksista.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofoni irrotettiin ennen kuin mitään tallentui.</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>Puhesyöte tarvitsee PortAudio-äänikirjaston, jota ei ole asennettu. Asenna se komennolla ”{command}” ja käynnistä Oriel uudelleen.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Puhesyöte ei ole käytettävissä: äänikirjasto (PortAudio) puuttuu.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Mikrofonia ei voitu avata ({reason}). Jokin muu ohjelma saattaa käyttää sitä.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Mallia ei ole ladattu. Valitse malli asetuksista.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Mallin tiedostoja ei löytynyt. Lataa tai tuo malli uudelleen asetuksista.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Mallin tiedostot ovat vioittuneet. Lataa malli uudelleen asetuksista.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Muisti ei riitä tälle mallille. Sulje muita ohjelmia tai valitse pienempi malli.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Keskustelu on pidempi kuin mallin konteksti. Aloita uusi keskustelu tai kasvata kontekstin pituutta asetuksista.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Valittu kiihdytin ei ole käytettävissä. Valitse asetuksista ”Automaattinen”.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>Yhtä kuvista ei voitu lukea.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Moottori pysähtyi odottamatta ja käynnistyy uudelleen. Keskustelusi on tallessa.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Moottori ei sovi tähän Orielin versioon. Asenna Oriel uudelleen.</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>Palvelimeen {host} ei saatu yhteyttä: tarkista yhteys tai tuo kansio.</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>Etäpalvelimeen ei saatu yhteyttä. Tarkista sen osoite ja että se on käynnissä.</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>Etäpalvelin hylkäsi API-avaimen. Tarkista avain asetuksista.</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>Etäpalvelimella ei ole sitä mallia. Tarkista mallin nimi asetuksista.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Moottorissa tapahtui virhe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel ei voi avata keskustelujasi: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>noin {words} sanaa/s, lukee kuvan {seconds} sekunnissa</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{size} GB</source>
        <extracomment>gigabytes (10^9 bytes), as in &quot;1.6 GB&quot;</extracomment>
        <translation>{size} Gt</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <extracomment>megabytes (10^6 bytes), as in &quot;700 MB&quot;</extracomment>
        <translation>{size} Mt</translation>
    </message>
</context>
</TS>
