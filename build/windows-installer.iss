; Inno Setup 6 script: a per-user installer for the onedir bundle built by `make bundle`.
; Build on Windows with: iscc build\windows-installer.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{5B7E3C1A-7F2D-4C59-9E3B-A17C1C0F5E21}
AppName=Anticipa
AppVersion={#AppVersion}
AppPublisher=Anticipa
DefaultDirName={localappdata}\Programs\Anticipa
DefaultGroupName=Anticipa
PrivilegesRequired=lowest
OutputDir=out
OutputBaseFilename=anticipa-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes

[Files]
Source: "out\dist\anticipa\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Anticipa"; Filename: "{app}\anticipa.exe"
Name: "{group}\Anticipa demo project"; Filename: "{app}\anticipa.exe"; Parameters: "open ""{userdocs}\Anticipa demo.anticipa"""

[Registry]
Root: HKCU; Subkey: "Software\Classes\.anticipa"; ValueType: string; ValueData: "Anticipa.Project"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Anticipa.Project\shell\open\command"; ValueType: string; ValueData: """{app}\anticipa.exe"" open ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\anticipa.exe"; Parameters: "demo ""{userdocs}\Anticipa demo.anticipa"""; Flags: runhidden; Check: not FileExists(ExpandConstant('{userdocs}\Anticipa demo.anticipa'))
