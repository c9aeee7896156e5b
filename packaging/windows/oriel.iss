; Inno Setup script for Oriel's Windows installer (Inno Setup 6).
; Built by packaging/windows_setup.py, which passes the version and the folders:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\oriel /DOutputDir=dist /DIconFile=assets\icons\oriel.ico oriel.iss
; Installs for the current user by default (no administrator rights needed; the dialog offers
; all users), adds a Start menu entry and an uninstaller (Settings > Apps). Chats, settings and
; models live in the user's data folder and stay when Oriel is uninstalled.

#ifndef AppVersion
  #error Pass /DAppVersion=..., /DSourceDir=..., /DOutputDir=... and /DIconFile=... (see packaging/windows_setup.py)
#endif

[Setup]
AppId={{6F1C2B0E-8D2A-4C47-9B8E-0A1E5C3D7F21}
AppName=Oriel
AppVersion={#AppVersion}
AppVerName=Oriel {#AppVersion}
AppPublisher=Oriel
DefaultDirName={autopf}\Oriel
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=Oriel-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\oriel.exe
UninstallDisplayName=Oriel
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Oriel"; Filename: "{app}\oriel.exe"; Comment: "A private, offline assistant"
Name: "{autodesktop}\Oriel"; Filename: "{app}\oriel.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\oriel.exe"; Description: "{cm:LaunchProgram,Oriel}"; Flags: nowait postinstall skipifsilent
