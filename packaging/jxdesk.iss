; Inno Setup 6 script: wraps the Windows bundle (dist\jxdesk\, made by packaging/build on
; Windows, e.g. from Git Bash) into one setup .exe with a Start-menu entry and a kiosk shortcut.
; It cannot be built on the Linux CI; build it on Windows with:
;
;     iscc /DAppVersion=0.1.0 packaging\jxdesk.iss      -> dist\jxdesk-0.1.0-setup.exe
;
; Installs per machine (C:\Program Files\jxdesk, administrator rights), so a kiosk user cannot
; change the program or its built-in parameters. Parameter packs go machine-wide into
; %PROGRAMDATA%\jxdesk\packs (created here, writable by administrators only); see
; docs/parameter-packs.md. Unattended install: jxdesk-0.1.0-setup.exe /VERYSILENT /TASKS=kiosk

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0F3C7E-1D5A-4C9B-9E2A-4A1F0C3D8E21}
AppName=jxdesk 嘉兴医保与生育待遇估算
AppVersion={#AppVersion}
AppPublisher=jxdesk
DefaultDirName={autopf}\jxdesk
DefaultGroupName=jxdesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=jxdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\jxdesk.exe

[Languages]
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "kiosk"; Description: "自助机模式：登录时以全屏自助模式启动 (kiosk: start full screen at logon)"; Flags: unchecked

[Files]
; The whole one-folder bundle, as packaging/build made it.
Source: "..\dist\jxdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
Name: "{commonappdata}\jxdesk\packs"

[Icons]
Name: "{group}\jxdesk 待遇估算"; Filename: "{app}\jxdesk.exe"
Name: "{group}\jxdesk 自助机模式 (kiosk)"; Filename: "{app}\jxdesk.exe"; Parameters: "--kiosk"
Name: "{group}\参数包文件夹 (parameter packs)"; Filename: "{commonappdata}\jxdesk\packs"
Name: "{commonstartup}\jxdesk kiosk"; Filename: "{app}\jxdesk.exe"; Parameters: "--kiosk"; Tasks: kiosk

[Run]
; Machine-wide parameter packs: administrators and SYSTEM write, Users only read. (ProgramData
; otherwise lets every user add files.) SIDs, so it works on any Windows language.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\jxdesk\packs"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden waituntilterminated
Filename: "{app}\jxdesk.exe"; Description: "启动 jxdesk"; Flags: nowait postinstall skipifsilent
