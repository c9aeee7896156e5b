<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>ChatSession</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>Fråga vad du vill, eller släpp en bild här för att prata om den.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Skriv till Oriel (Retur för att skicka, Skift+Retur för ny rad)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Bifoga bilder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Skicka meddelandet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stoppa svaret</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>Du redigerar ett tidigare meddelande. När du skickar finns den gamla versionen kvar.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Ta bort bilden {name}</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>Ett meddelande kan innehålla högst %n bild.</numerusform>
            <numerusform>Ett meddelande kan innehålla högst %n bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>”{names}” är inte en bild som Oriel kan läsa. Du kan bifoga bilder i PNG, JPEG, WebP, GIF eller BMP.</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>Inklistrad bild {number}</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>This copy of Oriel has no engine installed.</source>
        <translation>Den här kopian av Oriel har ingen motor installerad.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Välkommen till Oriel</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel är en assistent som körs helt på den här datorn. Dina samtal och bilder stannar här: inget konto, ingen telemetri, och Oriel använder nätverket bara när du laddar ned en modell.

Välj nu en modell. Större modeller svarar bättre men behöver mer minne och är långsammare.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Välj en modell</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: nedladdning på {download}, behöver cirka {ram} minne</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(föreslås för den här datorn)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installerad)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importera en mapp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>Börja chatta</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Laddar ned…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importera en modellmapp</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>Modellen är klar.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>Bild i full storlek</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonnivå</translation>
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
        <translation>Ny chatt</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sök i chattar</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Stoppa svaret</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>Gå till meddelanderutan</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>Generera om det senaste svaret</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>&amp;Chatt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chattar</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>Chattar och samtal</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>Hastighet</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>Använd kontext</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>Bara filer på den här datorn kan bifogas.</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>Motorn är inte tillgänglig</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motorn är stoppad</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Startar motorn…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Läser in Qwen3.5 {size}…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Ingen modell inläst</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/s</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>Kontext {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} är inte installerad. Ladda ned den under Inställningar.</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Föregående version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nästa version</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Kopiera meddelandet</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>Redigera meddelandet och skicka igen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>Generera om</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>Generera om det här svaret</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ditt meddelande</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>Bild {number} av {total}, öppna i full storlek</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>Version {version} av {versions}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Tänker…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>Tänkte i %Ln s</numerusform>
            <numerusform>Tänkte i %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stoppat.</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>Avbrutet: Oriel stängdes innan svaret var klart.</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>Tala i stället för att skriva ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>Stoppa inspelningen och transkribera ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>Transkriberar… klicka för att stoppa</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>Pausad. Det som redan laddats ned sparas: starta igen för att fortsätta.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>Chatt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellstorlek</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accelerator</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlängd (token)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Modellmapp</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systeminstruktion</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>Token per bild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>Temperatur</translation>
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
        <translation>Upprepningsstraff</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Närvarostraff</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>Ladda ned den valda modellen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Välj modellmapp</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>Standardmapp</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>Tänk innan du svarar (långsammare, ofta bättre)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>Återställ rekommenderat</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>Återställ samplingen till de rekommenderade värdena för den här modellen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Delar av inställningarna</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>Automatiskt (bästa tillgängliga)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>Används: {provider} ({reason})</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Ingen modell är inläst än.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>installerad</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>Installerad. Behöver cirka {ram} minne.</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>Inte installerad: nedladdning på {size}. Behöver cirka {ram} minne.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Sök i chattar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Exportera som Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exportera som JSON…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Ta bort chatten</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>Ta bort ”{title}”? Det går inte att ångra.</translation>
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
        <translation>Exportera chatten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Resonemang</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>Det gick inte att spara ”{path}”: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>Sparade ”{path}”.</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>Inspelningen var för kort för att transkriberas.</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>Mikrofonen kopplades från. Det som spelats in transkriberas.</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>Inspelningar stoppas efter %n minut. Den transkriberas nu.</numerusform>
            <numerusform>Inspelningar stoppas efter %n minuter. Den transkriberas nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel hörde inga ord i inspelningen.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>Inspelningen kunde inte transkriberas: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>Ingen mikrofon hittades. Anslut en, eller välj den som inmatningsenhet i systemets ljudinställningar.</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel hör inte mikrofonen. Den kan vara avstängd, eller så får Oriel inte använda den: kontrollera mikrofonbehörigheten i systemets integritetsinställningar.</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>Mikrofonen kopplades från innan något spelades in.</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>Röstinmatning är inte tillgänglig: ljudbiblioteket (PortAudio) saknas.</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>Det gick inte att öppna mikrofonen ({reason}). Ett annat program kanske använder den.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>Ingen modell är inläst. Välj en under Inställningar.</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>Modellfilerna hittades inte. Ladda ned eller importera modellen igen under Inställningar.</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>Modellfilerna är skadade. Ladda ned modellen igen under Inställningar.</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>Det finns inte tillräckligt med minne för den här modellen. Stäng andra program eller välj en mindre modell.</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>Samtalet är längre än modellens kontext. Starta en ny chatt eller öka kontextlängden under Inställningar.</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>Den valda acceleratorn är inte tillgänglig. Välj ”Automatiskt” under Inställningar.</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>En av bilderna gick inte att läsa.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>Motorn stannade oväntat och startar om. Ditt samtal är i säkerhet.</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>Motorn passar inte den här versionen av Oriel. Installera om Oriel.</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>Något gick fel i motorn.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel kan inte öppna dina chattar: {reason}</translation>
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
