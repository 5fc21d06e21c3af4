; Inno Setup 6 script: the SealDesk installer for Windows (per-user install, no admin needed).
;
;   python installer\build.py            makes dist\SealDesk\ (SealDesk.exe + sealdesk-cli.exe)
;   iscc installer\windows\sealdesk.iss  makes dist\SealDesk-<version>-setup.exe
;
; The version comes from SealDesk.exe's version resource, which the spec fills from
; app.__version__, so there is one version number to change.
#define AppName "SealDesk"
#define AppExe "SealDesk.exe"
#define BundleDir "..\..\dist\SealDesk"
#define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#define ReleasesUrl "https://github.com/sealdesk/sealdesk/releases"

[Setup]
AppId={{5B1E7F0C-3C2A-4E55-9C1D-7A0E2F5D9B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppPublisherURL={#ReleasesUrl}
AppUpdatesURL={#ReleasesUrl}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user by default (custodians rarely have admin rights); admins may choose all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; a 64-bit app: its PKCS#11 drivers must be the vendors' 64-bit DLLs (see the README)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\sealdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl ships with Inno Setup 6.4 and later (older: copy it into Languages\)
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
en.SignVerb=Sign with SealDesk
zh_CN.SignVerb=用签章台签署
en.CheckInstall=Check this installation (SealDesk doctor)
zh_CN.CheckInstall=检查本安装（签章台诊断）

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:CheckInstall}"; Filename: "{cmd}"; Parameters: "/k ""{app}\sealdesk-cli.exe"" doctor"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Sign with SealDesk" in the right-click menu of every .pdf, whatever the default PDF viewer is
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\SealDesk.Sign"; ValueType: string; ValueName: ""; ValueData: "{cm:SignVerb}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\SealDesk.Sign"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.pdf\shell\SealDesk.Sign\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""
; listed under "Open with" (never made the default viewer behind the user's back)
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithList\{#AppExe}"; ValueType: none; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
