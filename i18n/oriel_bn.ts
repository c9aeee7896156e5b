<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>ChatSession</name>
    <message>
        <source>{name} was left out: {reason}</source>
        <translation>{name} বাদ দেওয়া হয়েছে: {reason}</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>ছবি {number}</translation>
    </message>
    <message>
        <source>The disk is full: {size} needed at {folder}. It was not saved.</source>
        <translation>ডিস্ক পূর্ণ: {folder}-এ {size} প্রয়োজন। এটি সংরক্ষণ করা হয়নি।</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Copy</source>
        <translation>কপি করুন</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>কথোপকথন</translation>
    </message>
    <message>
        <source>Ask anything, or drop an image here to talk about it.</source>
        <translation>যা খুশি জিজ্ঞেস করুন, অথবা কোনো ছবি নিয়ে কথা বলতে সেটি এখানে ছেড়ে দিন।</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message Oriel (Enter to send, Shift+Enter for a new line)</source>
        <translation>Oriel-কে বার্তা (পাঠাতে Enter, নতুন লাইনে Shift+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>বার্তা</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>ছবি সংযুক্ত করুন</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>বার্তা পাঠান</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>থামান</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>উত্তর থামান</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending keeps the old version.</source>
        <translation>আপনি আগের একটি বার্তা সম্পাদনা করছেন। পাঠালেও পুরোনো সংস্করণটি থেকে যাবে।</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>সম্পাদনা বাতিল করুন</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>ছবি {name} সরান</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>ছবি ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>A message can carry up to %n image(s).</source>
        <translation>
            <numerusform>একটি বার্তায় সর্বোচ্চ %nটি ছবি রাখা যায়।</numerusform>
            <numerusform>একটি বার্তায় সর্বোচ্চ %nটি ছবি রাখা যায়।</numerusform>
        </translation>
    </message>
    <message>
        <source>“{names}” is not an image Oriel can read. You can attach PNG, JPEG, WebP, GIF or BMP images.</source>
        <translation>“{names}” এমন কোনো ছবি নয় যা Oriel পড়তে পারে। আপনি PNG, JPEG, WebP, GIF বা BMP ছবি সংযুক্ত করতে পারেন।</translation>
    </message>
    <message>
        <source>Pasted image {number}</source>
        <translation>পেস্ট করা ছবি {number}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Remote engine</source>
        <extracomment>settings group: an OpenAI-compatible server that answers instead of this computer</extracomment>
        <translation>দূরবর্তী ইঞ্জিন</translation>
    </message>
    <message>
        <source>Answer with a server instead of this computer</source>
        <translation>এই কম্পিউটারের বদলে একটি সার্ভার দিয়ে উত্তর দিন</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server (vLLM, SGLang, llama.cpp, Ollama). Your messages and images are sent to it, and the window says so for as long as it is on.</source>
        <translation>যেকোনো OpenAI-সামঞ্জস্যপূর্ণ সার্ভার (vLLM, SGLang, llama.cpp, Ollama)। আপনার বার্তা ও ছবি সেখানে পাঠানো হয়, আর যতক্ষণ এটি চালু থাকে, উইন্ডো তা জানিয়ে রাখে।</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <source>Model name</source>
        <extracomment>the name of the language model on the remote server</extracomment>
        <translation>মডেলের নাম</translation>
    </message>
    <message>
        <source>Empty: the server&apos;s only model</source>
        <translation>খালি: সার্ভারের একমাত্র মডেল</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API কী</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>কী ভুলে যান</translation>
    </message>
    <message>
        <source>Local API server</source>
        <extracomment>settings group: Oriel as a server for other programs on this computer</extracomment>
        <translation>স্থানীয় API সার্ভার</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps on this computer</source>
        <translation>লোড করা মডেলটি এই কম্পিউটারের অন্য অ্যাপগুলোকে দিন</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>a network port number</extracomment>
        <translation>পোর্ট</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>the secret other apps send to use the local API server</extracomment>
        <translation>টোকেন</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>কপি করুন</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>ঠিকানা কপি করুন</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>টোকেন কপি করুন</translation>
    </message>
    <message>
        <source>Identity</source>
        <extracomment>the local API server&apos;s identity, which a client checks to know it is talking to Oriel</extracomment>
        <translation>পরিচয়</translation>
    </message>
    <message>
        <source>Copy the identity</source>
        <translation>পরিচয় কপি করুন</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>কী শুধু এই সেশনের জন্য রাখা আছে।</translation>
    </message>
    <message>
        <source>A key is saved for this server. Type a new one to replace it.</source>
        <translation>এই সার্ভারের জন্য একটি কী সংরক্ষিত আছে। বদলাতে নতুন একটি টাইপ করুন।</translation>
    </message>
    <message>
        <source>Leave the key empty if the server needs none.</source>
        <translation>সার্ভারের কী না লাগলে এটি খালি রাখুন।</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>সংযুক্ত নয়: {reason}</translation>
    </message>
    <message>
        <source>Connected to {destination}.</source>
        <translation>{destination}-এর সঙ্গে সংযুক্ত।</translation>
    </message>
    <message>
        <source>A client can check that this port is Oriel before it sends the token: it sends a random {challenge} header, and Oriel answers {proof}, the HMAC-SHA256 of the challenge keyed with this identity. Another program on the port cannot.</source>
        <translation>টোকেন পাঠানোর আগে একটি ক্লায়েন্ট যাচাই করতে পারে যে এই পোর্টে Oriel আছে: সে একটি এলোমেলো {challenge} হেডার পাঠায়, আর Oriel উত্তর দেয় {proof} দিয়ে, যা এই পরিচয়কে চাবি করে চ্যালেঞ্জটির HMAC-SHA256। পোর্টে থাকা অন্য কোনো প্রোগ্রাম তা পারে না।</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to {destination}: anyone on the network between could read it. Use an https:// address if the server has one. Send it anyway?</source>
        <translation>API কী এনক্রিপশন ছাড়াই {destination}-এ পাঠানো হবে: মাঝের নেটওয়ার্কে যে কেউ এটি পড়তে পারবে। সার্ভারে থাকলে একটি https:// ঠিকানা ব্যবহার করুন। তবুও পাঠাবেন?</translation>
    </message>
    <message>
        <source>There is no keyring on this computer to keep the API key safe.</source>
        <translation>API কী নিরাপদে রাখার মতো কোনো কীরিং এই কম্পিউটারে নেই।</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and try again, keep the key in a file that only your user account can read (it is not encrypted), or keep it only until Oriel closes.</source>
        <translation>আপনার ডেস্কটপের কীরিং (যেমন GNOME Keyring বা KWallet) চালু করে আবার চেষ্টা করুন, কী এমন একটি ফাইলে রাখুন যা শুধু আপনার ব্যবহারকারী অ্যাকাউন্ট পড়তে পারে (এটি এনক্রিপ্ট করা নয়), অথবা শুধু Oriel বন্ধ হওয়া পর্যন্ত রাখুন।</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Store in a file (not encrypted)</source>
        <translation>ফাইলে সংরক্ষণ করুন (এনক্রিপ্ট করা নয়)</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>শুধু এই সেশন</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Oriel</source>
        <translation>Oriel-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Oriel is an assistant that runs entirely on this computer. Your conversations and images stay here: there is no account, no telemetry, and Oriel uses the network only when you download a model.

Next, choose a model. Larger models answer better but need more memory and are slower.</source>
        <translation>Oriel এমন একটি সহকারী যা পুরোপুরি এই কম্পিউটারেই চলে। আপনার কথোপকথন ও ছবি এখানেই থাকে: কোনো অ্যাকাউন্ট নেই, কোনো টেলিমেট্রি নেই, আর আপনি মডেল ডাউনলোড করলে তবেই Oriel নেটওয়ার্ক ব্যবহার করে।

এবার একটি মডেল বেছে নিন। বড় মডেল ভালো উত্তর দেয়, তবে বেশি মেমরি লাগে এবং ধীরে চলে।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>চালিয়ে যান</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>মডেল বেছে নিন</translation>
    </message>
    <message>
        <source>{size}: {download} download, needs about {ram} of memory</source>
        <translation>{size}: {download} ডাউনলোড, প্রায় {ram} মেমরি লাগে</translation>
    </message>
    <message>
        <source>(suggested for this computer)</source>
        <translation>(এই কম্পিউটারের জন্য প্রস্তাবিত)</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(ইনস্টল করা)</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>ফোল্ডার আমদানি করুন…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ডাউনলোড করুন</translation>
    </message>
    <message>
        <source>Start chatting</source>
        <translation>চ্যাট শুরু করুন</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ডাউনলোডের অগ্রগতি</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ডাউনলোড হচ্ছে…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>মডেলের ফোল্ডার আমদানি করুন</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>আমদানি হচ্ছে…</translation>
    </message>
    <message>
        <source>The model is ready.</source>
        <translation>মডেল প্রস্তুত।</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>ছবি</translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation>পূর্ণ আকারের ছবি</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>মাইক্রোফোনের মাত্রা</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>The token is kept in the system keyring.</source>
        <translation>টোকেনটি সিস্টেমের কীরিংয়ে রাখা আছে।</translation>
    </message>
    <message>
        <source>The token is kept in a file that only your user account can read, in {folder}.</source>
        <translation>টোকেনটি এমন একটি ফাইলে রাখা আছে যা শুধু আপনার ব্যবহারকারী অ্যাকাউন্ট পড়তে পারে, {folder}-এ।</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program: choose another port.</source>
        <translation>পোর্ট {port} ইতিমধ্যে অন্য একটি প্রোগ্রাম ব্যবহার করছে: অন্য একটি পোর্ট বেছে নিন।</translation>
    </message>
    <message>
        <source>The server could not start: {reason}</source>
        <translation>সার্ভার চালু করা যায়নি: {reason}</translation>
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
        <translation>নতুন চ্যাট</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>চ্যাটে খুঁজুন</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>উত্তর থামান</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>বার্তা লেখার ঘরে যান</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>শেষ উত্তরটি আবার তৈরি করুন</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>সেটিংস…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <extracomment>menu title; &amp; marks the Alt+key letter</extracomment>
        <translation>চ্যাট(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>টুল(&amp;T)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>চ্যাট</translation>
    </message>
    <message>
        <source>Chats and conversation</source>
        <translation>চ্যাটের তালিকা ও কথোপকথন</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>status bar: the language model in use</extracomment>
        <translation>মডেল</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>অ্যাক্সিলারেটর</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>status bar: how fast the model writes, in tokens per second</extracomment>
        <translation>গতি</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>ব্যবহৃত প্রসঙ্গ</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached.</source>
        <translation>শুধু এই কম্পিউটারের ফাইল সংযুক্ত করা যায়।</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination}-এর সঙ্গে সংযোগ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Engine not available</source>
        <translation>ইঞ্জিন উপলব্ধ নয়</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>ইঞ্জিন থেমে আছে</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>ইঞ্জিন চালু হচ্ছে…</translation>
    </message>
    <message>
        <source>Loading Qwen3.5 {size}…</source>
        <translation>Qwen3.5 {size} লোড হচ্ছে…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>কোনো মডেল লোড করা নেই</translation>
    </message>
    <message>
        <source>Qwen3.5 {size}</source>
        <translation>Qwen3.5 {size}</translation>
    </message>
    <message>
        <source>Remote</source>
        <extracomment>status bar, in place of the accelerator: a server elsewhere answers</extracomment>
        <translation>দূরবর্তী</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} টোকেন/সে.</translation>
    </message>
    <message>
        <source>Context {used} / {limit}</source>
        <translation>প্রসঙ্গ {used} / {limit}</translation>
    </message>
    <message>
        <source>Qwen3.5 {size} is not installed. Download it in Settings.</source>
        <translation>Qwen3.5 {size} ইনস্টল করা নেই। সেটিংস থেকে এটি ডাউনলোড করুন।</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>আগের সংস্করণ</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>পরের সংস্করণ</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>button: copy the message&apos;s text to the clipboard</extracomment>
        <translation>কপি করুন</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>বার্তা কপি করুন</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>button: change an earlier message of yours and send it again</extracomment>
        <translation>সম্পাদনা</translation>
    </message>
    <message>
        <source>Edit and resend this message</source>
        <translation>এই বার্তাটি সম্পাদনা করে আবার পাঠান</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <extracomment>button: have the model write this answer again</extracomment>
        <translation>আবার তৈরি করুন</translation>
    </message>
    <message>
        <source>Regenerate this answer</source>
        <translation>এই উত্তরটি আবার তৈরি করুন</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>আপনার বার্তা</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>the model&apos;s answer (a noun), read out by screen readers</extracomment>
        <translation>উত্তর</translation>
    </message>
    <message>
        <source>Thinking</source>
        <extracomment>the model&apos;s reasoning before it answers (a noun)</extracomment>
        <translation>চিন্তা</translation>
    </message>
    <message>
        <source>Image {number} of {total}, open full size</source>
        <translation>{total}টির মধ্যে ছবি {number}, পূর্ণ আকারে খুলুন</translation>
    </message>
    <message>
        <source>{version} / {versions}</source>
        <extracomment>the version switcher under an edited message or a regenerated answer: &quot;2 / 3&quot;</extracomment>
        <translation>{version} / {versions}</translation>
    </message>
    <message>
        <source>Version {version} of {versions}</source>
        <translation>{versions}টির মধ্যে সংস্করণ {version}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>ভাবছে…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %Ln s</source>
        <comment>thinking time in seconds</comment>
        <translation>
            <numerusform>%Ln সেকেন্ড ভেবেছে</numerusform>
            <numerusform>%Ln সেকেন্ড ভেবেছে</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts</source>
        <extracomment>a button that shows or hides the model&apos;s reasoning (a noun)</extracomment>
        <translation>চিন্তার ধাপ</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>থামানো হয়েছে।</translation>
    </message>
    <message>
        <source>Interrupted: Oriel closed before this answer was finished.</source>
        <translation>বাধাপ্রাপ্ত: উত্তর শেষ হওয়ার আগেই Oriel বন্ধ হয়ে গেছে।</translation>
    </message>
</context>
<context>
    <name>MicButton</name>
    <message>
        <source>Speak instead of typing ({shortcut})</source>
        <translation>টাইপ না করে বলুন ({shortcut})</translation>
    </message>
    <message>
        <source>Stop recording and transcribe ({shortcut})</source>
        <translation>রেকর্ডিং থামিয়ে লেখায় রূপান্তর করুন ({shortcut})</translation>
    </message>
    <message>
        <source>Transcribing… click to stop</source>
        <translation>লেখায় রূপান্তর হচ্ছে… থামাতে ক্লিক করুন</translation>
    </message>
</context>
<context>
    <name>ModelManager</name>
    <message>
        <source>Paused. What was downloaded is kept: start again to resume.</source>
        <translation>বিরতি। যা ডাউনলোড হয়েছে তা রাখা আছে: চালিয়ে যেতে আবার শুরু করুন।</translation>
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
        <translation>দূরবর্তী ইঞ্জিন</translation>
    </message>
    <message>
        <source>Use this computer</source>
        <translation>এই কম্পিউটার ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Turn the remote engine off</source>
        <translation>দূরবর্তী ইঞ্জিন বন্ধ করুন</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>সংযুক্ত নয়: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {destination}…</source>
        <translation>{destination}-এর সঙ্গে সংযোগ করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>RemoteEngine</name>
    <message>
        <source>Messages and images go to another program on this computer ({destination}); they do not leave the machine.</source>
        <translation>বার্তা ও ছবি এই কম্পিউটারের অন্য একটি প্রোগ্রামে যায় ({destination}); সেগুলো যন্ত্রের বাইরে যায় না।</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} over an encrypted connection (HTTPS).</source>
        <translation>বার্তা ও ছবি এই কম্পিউটারের বাইরে যায়: সেগুলো এনক্রিপ্ট করা সংযোগে (HTTPS) {destination}-এ পাঠানো হয়।</translation>
    </message>
    <message>
        <source>Messages and images leave this computer: they are sent to {destination} unencrypted (plain HTTP), so others on the network can read them.</source>
        <translation>বার্তা ও ছবি এই কম্পিউটারের বাইরে যায়: সেগুলো এনক্রিপশন ছাড়া (সাধারণ HTTP) {destination}-এ পাঠানো হয়, তাই নেটওয়ার্কের অন্যরা সেগুলো পড়তে পারে।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with http:// or https://, for example http://127.0.0.1:8000/v1.</source>
        <translation>সার্ভারের ঠিকানা লিখুন, যা http:// বা https:// দিয়ে শুরু হয়, যেমন http://127.0.0.1:8000/v1।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>tab title: the settings of the language model</extracomment>
        <translation>মডেল</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>tab title: the settings of conversations</extracomment>
        <translation>চ্যাট</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>চেহারা</translation>
    </message>
    <message>
        <source>Connections</source>
        <extracomment>tab title: a remote engine and the local API server</extracomment>
        <translation>সংযোগ</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>মডেলের আকার</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>অ্যাক্সিলারেটর</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>প্রসঙ্গের দৈর্ঘ্য (টোকেন)</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>মডেলের ফোল্ডার</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>সিস্টেম নির্দেশনা</translation>
    </message>
    <message>
        <source>Image token budget</source>
        <translation>প্রতি ছবিতে টোকেন</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>থিম</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>sampling randomness, a setting of language models, not heat</extracomment>
        <translation>তাপমাত্রা</translation>
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
        <translation>পুনরাবৃত্তির জরিমানা</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>উপস্থিতির জরিমানা</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ডাউনলোড করুন</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>নির্বাচিত মডেল ডাউনলোড করুন</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ডাউনলোডের অগ্রগতি</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ব্রাউজ করুন…</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>মডেলের ফোল্ডার বেছে নিন</translation>
    </message>
    <message>
        <source>Default folder</source>
        <translation>ডিফল্ট ফোল্ডার</translation>
    </message>
    <message>
        <source>Think before answering (slower, often better)</source>
        <translation>উত্তর দেওয়ার আগে ভাবুন (ধীর, প্রায়ই ভালো)</translation>
    </message>
    <message>
        <source>Reset to recommended</source>
        <translation>প্রস্তাবিত মানে ফেরান</translation>
    </message>
    <message>
        <source>Reset sampling to the recommended values for this model</source>
        <translation>স্যাম্পলিং এই মডেলের প্রস্তাবিত মানে ফিরিয়ে দিন</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>সেটিংসের বিভাগ</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>স্বয়ংক্রিয় (উপলব্ধের মধ্যে সেরা)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Not in use: a remote engine answers (see Connections).</source>
        <translation>ব্যবহৃত হচ্ছে না: একটি দূরবর্তী ইঞ্জিন উত্তর দিচ্ছে (সংযোগ দেখুন)।</translation>
    </message>
    <message>
        <source>In use: {provider} ({reason})</source>
        <translation>ব্যবহৃত হচ্ছে: {provider} ({reason})</translation>
    </message>
    <message>
        <source>{placed} of {total} nodes run on {provider}</source>
        <extracomment>how many of the model&apos;s operations (graph nodes) ONNX Runtime ran on that device in its test run; the rest ran on the CPU</extracomment>
        <translation>{total}টি নোডের মধ্যে {placed}টি {provider}-এ চলে</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>এখনো কোনো মডেল লোড হয়নি।</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>colour theme: follow the operating system&apos;s light or dark setting</extracomment>
        <translation>সিস্টেম অনুযায়ী</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>colour theme</extracomment>
        <translation>হালকা</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>colour theme</extracomment>
        <translation>গাঢ়</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>ইনস্টল করা</translation>
    </message>
    <message>
        <source>Installed. Needs about {ram} of memory.</source>
        <translation>ইনস্টল করা। প্রায় {ram} মেমরি লাগে।</translation>
    </message>
    <message>
        <source>Not installed: a {size} download. Needs about {ram} of memory.</source>
        <translation>ইনস্টল করা নেই: {size} ডাউনলোড। প্রায় {ram} মেমরি লাগে।</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>নতুন চ্যাট</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>চ্যাটে খুঁজুন</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>কথোপকথন</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>নাম বদলান</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>মুছুন…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown হিসেবে রপ্তানি করুন…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON হিসেবে রপ্তানি করুন…</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>চ্যাট মুছুন</translation>
    </message>
    <message>
        <source>Delete “{title}”? This cannot be undone.</source>
        <translation>“{title}” মুছবেন? এটি আর ফেরানো যাবে না।</translation>
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
        <translation>চ্যাট রপ্তানি করুন</translation>
    </message>
    <message>
        <source>You</source>
        <translation>আপনি</translation>
    </message>
    <message>
        <source>Oriel</source>
        <translation>Oriel</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>চিন্তা</translation>
    </message>
    <message>
        <source>Could not save “{path}”: {reason}</source>
        <translation>“{path}” সংরক্ষণ করা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>Saved “{path}”.</source>
        <translation>“{path}” সংরক্ষিত হয়েছে।</translation>
    </message>
</context>
<context>
    <name>SpeechModelBox</name>
    <message>
        <source>Speech model (voice input)</source>
        <extracomment>settings group: the Whisper model that turns speech into text</extracomment>
        <translation>স্পিচ মডেল (ভয়েস ইনপুট)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ডাউনলোড করুন</translation>
    </message>
    <message>
        <source>Download the selected speech model</source>
        <translation>বাছাই করা স্পিচ মডেল ডাউনলোড করুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ডাউনলোড বাতিল করুন</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>ফোল্ডার আমদানি করুন…</translation>
    </message>
    <message>
        <source>Import a speech model folder</source>
        <translation>স্পিচ মডেলের ফোল্ডার ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ডাউনলোডের অগ্রগতি</translation>
    </message>
    <message>
        <source>{name}: fast (recommended)</source>
        <translation>{name}: দ্রুত (প্রস্তাবিত)</translation>
    </message>
    <message>
        <source>{name}: more accurate, slower</source>
        <translation>{name}: বেশি নির্ভুল, ধীর</translation>
    </message>
    <message>
        <source>installed</source>
        <extracomment>in the model list, instead of the download size: &quot;2B · installed&quot;</extracomment>
        <translation>ইনস্টল করা</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses it once you press OK.</source>
        <translation>ইনস্টল করা ({size})। OK চাপলে ভয়েস ইনপুট এটি ব্যবহার করবে।</translation>
    </message>
    <message>
        <source>Installed ({size}). Voice input uses this model.</source>
        <translation>ইনস্টল করা ({size})। ভয়েস ইনপুট এই মডেলটি ব্যবহার করে।</translation>
    </message>
    <message>
        <source>No speech model is installed yet: voice input needs one.</source>
        <translation>এখনও কোনো স্পিচ মডেল ইনস্টল করা নেই: ভয়েস ইনপুটের জন্য একটি দরকার।</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>ইনস্টল করা নেই।</translation>
    </message>
</context>
<context>
    <name>VoiceInput</name>
    <message>
        <source>The recording was too short to transcribe.</source>
        <translation>রেকর্ডিংটি লেখায় রূপান্তরের জন্য খুব ছোট ছিল।</translation>
    </message>
    <message>
        <source>The microphone was disconnected. Transcribing what was recorded.</source>
        <translation>মাইক্রোফোনের সংযোগ বিচ্ছিন্ন হয়েছে। যা রেকর্ড হয়েছে তা লেখায় রূপান্তর হচ্ছে।</translation>
    </message>
    <message numerus="yes">
        <source>Recordings stop after %n minute(s). Transcribing it now.</source>
        <translation>
            <numerusform>রেকর্ডিং %n মিনিট পরে থেমে যায়। এখন এটি লেখায় রূপান্তর হচ্ছে।</numerusform>
            <numerusform>রেকর্ডিং %n মিনিট পরে থেমে যায়। এখন এটি লেখায় রূপান্তর হচ্ছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Oriel heard no words in the recording.</source>
        <translation>Oriel রেকর্ডিংয়ে কোনো শব্দ শুনতে পায়নি।</translation>
    </message>
    <message>
        <source>No speech model is installed. Download one in Settings: on the Model tab, under “Speech model (voice input)”.</source>
        <translation>কোনো স্পিচ মডেল ইনস্টল করা নেই। সেটিংস থেকে একটি ডাউনলোড করুন: “মডেল” ট্যাবে, “স্পিচ মডেল (ভয়েস ইনপুট)”-এর নিচে।</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: {reason}</source>
        <translation>রেকর্ডিংটি লেখায় রূপান্তর করা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or choose it as the input device in your system&apos;s sound settings.</source>
        <translation>কোনো মাইক্রোফোন পাওয়া যায়নি। একটি সংযুক্ত করুন, অথবা সিস্টেমের সাউন্ড সেটিংসে সেটিকে ইনপুট ডিভাইস হিসেবে বেছে নিন।</translation>
    </message>
    <message>
        <source>Oriel cannot hear the microphone. It may be muted, or Oriel may not be allowed to use it: check the microphone permission in your system&apos;s privacy settings.</source>
        <translation>Oriel মাইক্রোফোন শুনতে পাচ্ছে না। হয়তো এটি মিউট করা, অথবা Oriel-এর এটি ব্যবহারের অনুমতি নেই: সিস্টেমের গোপনীয়তা সেটিংসে মাইক্রোফোনের অনুমতি দেখুন।</translation>
    </message>
    <message>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>কিছু রেকর্ড হওয়ার আগেই মাইক্রোফোনের সংযোগ বিচ্ছিন্ন হয়েছে।</translation>
    </message>
    <message>
        <source>Voice input needs the audio library PortAudio, which is not installed. Install it with “{command}”, then restart Oriel.</source>
        <translation>ভয়েস ইনপুটের জন্য PortAudio অডিও লাইব্রেরি দরকার, যা ইনস্টল করা নেই। “{command}” দিয়ে এটি ইনস্টল করুন, তারপর Oriel আবার চালু করুন।</translation>
    </message>
    <message>
        <source>Voice input is not available: the audio library (PortAudio) is missing.</source>
        <translation>ভয়েস ইনপুট উপলব্ধ নয়: অডিও লাইব্রেরি (PortAudio) নেই।</translation>
    </message>
    <message>
        <source>The microphone could not be opened ({reason}). Another program may be using it.</source>
        <translation>মাইক্রোফোন খোলা যায়নি ({reason})। হয়তো অন্য কোনো প্রোগ্রাম এটি ব্যবহার করছে।</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>No model is loaded. Choose one in Settings.</source>
        <translation>কোনো মডেল লোড করা নেই। সেটিংস থেকে একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>The model files were not found. Download or import the model again in Settings.</source>
        <translation>মডেলের ফাইল পাওয়া যায়নি। সেটিংস থেকে মডেলটি আবার ডাউনলোড বা আমদানি করুন।</translation>
    </message>
    <message>
        <source>The model files are damaged. Download the model again in Settings.</source>
        <translation>মডেলের ফাইল নষ্ট হয়ে গেছে। সেটিংস থেকে মডেলটি আবার ডাউনলোড করুন।</translation>
    </message>
    <message>
        <source>There is not enough memory for this model. Close other programs or choose a smaller model.</source>
        <translation>এই মডেলের জন্য যথেষ্ট মেমরি নেই। অন্য প্রোগ্রাম বন্ধ করুন বা ছোট কোনো মডেল বেছে নিন।</translation>
    </message>
    <message>
        <source>The conversation is longer than the model&apos;s context. Start a new chat or raise the context length in Settings.</source>
        <translation>কথোপকথনটি মডেলের প্রসঙ্গের চেয়ে দীর্ঘ। নতুন চ্যাট শুরু করুন বা সেটিংসে প্রসঙ্গের দৈর্ঘ্য বাড়ান।</translation>
    </message>
    <message>
        <source>The chosen accelerator is not available. Choose Auto in Settings.</source>
        <translation>নির্বাচিত অ্যাক্সিলারেটর উপলব্ধ নয়। সেটিংসে “স্বয়ংক্রিয়” বেছে নিন।</translation>
    </message>
    <message>
        <source>One of the images could not be read.</source>
        <translation>একটি ছবি পড়া যায়নি।</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly and is restarting. Your conversation is safe.</source>
        <translation>ইঞ্জিন হঠাৎ থেমে গেছে এবং আবার চালু হচ্ছে। আপনার কথোপকথন নিরাপদ আছে।</translation>
    </message>
    <message>
        <source>The engine does not match this version of Oriel. Reinstall Oriel.</source>
        <translation>ইঞ্জিনটি Oriel-এর এই সংস্করণের সঙ্গে মেলে না। Oriel আবার ইনস্টল করুন।</translation>
    </message>
    <message>
        <source>Could not reach {host}: check the connection, or import a folder.</source>
        <translation>{host}-এ পৌঁছানো যায়নি: সংযোগ পরীক্ষা করুন, অথবা একটি ফোল্ডার ইমপোর্ট করুন।</translation>
    </message>
    <message>
        <source>The remote server could not be reached. Check its address, and that it is running.</source>
        <translation>দূরবর্তী সার্ভারে পৌঁছানো যায়নি। এর ঠিকানা আর এটি চলছে কি না, তা দেখুন।</translation>
    </message>
    <message>
        <source>The remote server refused the API key. Check the key in Settings.</source>
        <translation>দূরবর্তী সার্ভার API কী প্রত্যাখ্যান করেছে। সেটিংসে কী দেখুন।</translation>
    </message>
    <message>
        <source>The remote server does not have that model. Check the model name in Settings.</source>
        <translation>দূরবর্তী সার্ভারে ওই মডেল নেই। সেটিংসে মডেলের নাম দেখুন।</translation>
    </message>
    <message>
        <source>Something went wrong in the engine.</source>
        <translation>ইঞ্জিনে কোনো সমস্যা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oriel cannot open your chats: {reason}</source>
        <translation>Oriel আপনার চ্যাটগুলো খুলতে পারছে না: {reason}</translation>
    </message>
</context>
<context>
    <name>speed</name>
    <message>
        <source>about {words} words/s, reads an image in {seconds} s</source>
        <translation>প্রায় {words} শব্দ/সে, একটি ছবি পড়ে {seconds} সেকেন্ডে</translation>
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
