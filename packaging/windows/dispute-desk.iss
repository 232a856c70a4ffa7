; Inno Setup 6 script for Dispute Desk: a per-user install (no administrator rights) of the
; PyInstaller folder, with a Start-menu entry, an uninstaller and "Open with" for the order files
; people get (.eml, .mbox, .csv) that never takes over their default program.
;
; packaging/build.py runs it with: ISCC /DAppVersion=X /DSourceDir=dist\dispute-desk
;   /DOutputDir=dist /DOutputBaseFilename=dispute-desk-X-windows-x86_64-setup dispute-desk.iss

#ifndef AppVersion
  #error AppVersion must be given: ISCC /DAppVersion=0.1.0 ...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\dispute-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "dispute-desk-" + AppVersion + "-windows-x86_64-setup"
#endif

#define AppName "Dispute Desk"
#define AppId "io.github.disputedesk.DisputeDesk"
#define GuiExe "Dispute Desk.exe"
#define ProgId "DisputeDesk.OrderFile"

[Setup]
; The GUID identifies the app to Windows across versions: never change it.
AppId={{87BC8951-9F30-40AB-8F10-F904408CEDE6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Dispute Desk developers
AppPublisherURL=https://github.com/disputedesk/dispute-desk
AppSupportURL=https://github.com/disputedesk/dispute-desk/issues
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user: installs under the user's profile and needs no administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile=..\..\build\icons\dispute-desk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Registry]
; "Open with": a ProgID for the app, listed under each type's OpenWithProgids. The types' own
; default value (the default program) is never written, so nothing is taken over.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Order file for {#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#GuiExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.eml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mbox\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".mbox"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself wrote next to the program; the user's data in %LOCALAPPDATA%\dispute-desk stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
