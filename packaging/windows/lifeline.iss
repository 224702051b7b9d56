; Inno Setup 6 script for Lifeline: a per-user install that needs no administrator rights.
; build_installer.py runs it as:
;   iscc /Q /DAppVersion=<v> /DSourceDir=<bundle folder> /O<out dir> /F<file name> lifeline.iss
; It packs the PyInstaller one-folder bundle unchanged; nothing is downloaded at install time.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Lifeline"
#endif

[Setup]
AppId={{791E06BF-9092-4101-BE5E-6B31C12E64F1}
AppName=Lifeline
AppVersion={#AppVersion}
AppVerName=Lifeline {#AppVersion}
AppPublisher=Lifeline
VersionInfoVersion={#AppVersion}
; lowest: installs into %LOCALAPPDATA%\Programs\Lifeline for the current user only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Lifeline
DefaultGroupName=Lifeline
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\Lifeline.exe
UninstallDisplayName=Lifeline
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
OutputBaseFilename=Lifeline-{#AppVersion}-windows-x64-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Lifeline"; Filename: "{app}\Lifeline.exe"
Name: "{autodesktop}\Lifeline"; Filename: "{app}\Lifeline.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Lifeline.exe"; Description: "{cm:LaunchProgram,Lifeline}"; Flags: nowait postinstall skipifsilent
