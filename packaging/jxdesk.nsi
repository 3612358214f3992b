; NSIS 3 script: the Windows installer of jxdesk, with a Chinese (Simplified) interface.
; Built on Linux by `packaging/build --windows` (Debian's nsis, no Wine needed):
;
;     makensis -DVERSION=0.1.0 -DBUNDLE=dist/windows/jxdesk -DOUTFILE=dist/jxdesk-0.1.0-setup.exe packaging/jxdesk.nsi
;
; Per machine (C:\Program Files\jxdesk, administrator rights): a kiosk user cannot change the
; program or its built-in figures. Start-menu entries for the counter, the kiosk and the
; machine-wide parameter packs folder (%PROGRAMDATA%\jxdesk\packs, writable by administrators
; only, docs/parameter-packs.md); optionally the kiosk at every logon. Windows 10 1809 or later
; (Qt 6's own floor). Unattended: setup.exe /S (add /KIOSK for the kiosk at logon);
; uninstall: "C:\Program Files\jxdesk\uninstall.exe" /S.

Unicode true
ManifestDPIAware true
!include "MUI2.nsh"
!include "x64.nsh"
!include "WinVer.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\windows\jxdesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\jxdesk-${VERSION}-setup.exe"
!endif
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jxdesk"

Name "jxdesk 嘉兴医保与生育待遇估算"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\jxdesk"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "jxdesk ${VERSION}"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "jxdesk 需要 64 位 Windows 10（1809 或更高版本）。" /SD IDOK
    Abort
  ${EndIf}
  ${WinVerGetBuild} $0
  ${If} ${AtMostWin8.1}
  ${OrIf} $0 < 17763
    MessageBox MB_ICONSTOP "jxdesk 需要 Windows 10 1809（版本 17763）或更高版本。" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; /KIOSK on the command line (silent installs) selects the kiosk-at-logon section
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/KIOSK" $2
  ${IfNot} ${Errors}
    SectionSetFlags 1 ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Section "jxdesk 程序（必需）" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; the machine-wide packs folder: administrators and SYSTEM write, users only read (SIDs,
  ; so it works on any Windows language)
  CreateDirectory "$APPDATA\jxdesk\packs"
  nsExec::Exec '"$SYSDIR\icacls.exe" "$APPDATA\jxdesk\packs" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX'
  Pop $0

  CreateDirectory "$SMPROGRAMS\jxdesk"
  CreateShortcut "$SMPROGRAMS\jxdesk\jxdesk 待遇估算.lnk" "$INSTDIR\jxdesk.exe"
  CreateShortcut "$SMPROGRAMS\jxdesk\jxdesk 自助机模式.lnk" "$INSTDIR\jxdesk.exe" "--kiosk"
  CreateShortcut "$SMPROGRAMS\jxdesk\参数包文件夹.lnk" "$APPDATA\jxdesk\packs"
  CreateShortcut "$SMPROGRAMS\jxdesk\卸载 jxdesk.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "jxdesk 嘉兴医保与生育待遇估算"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "jxdesk"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\jxdesk.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section /o "登录时启动自助机模式（全屏）" SecKiosk
  CreateShortcut "$SMSTARTUP\jxdesk 自助机.lnk" "$INSTDIR\jxdesk.exe" "--kiosk"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "估算程序、参数和中文字体，以及开始菜单项。"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecKiosk} "每个用户登录 Windows 后，全屏启动自助机模式（用于大厅自助终端）。"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  Delete "$SMSTARTUP\jxdesk 自助机.lnk"
  RMDir /r "$SMPROGRAMS\jxdesk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\jxdesk.exe"
  Delete "$INSTDIR\jxdesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; installed packs are the administrator's: the folder goes only when it is empty
  RMDir "$APPDATA\jxdesk\packs"
  RMDir "$APPDATA\jxdesk"
  DeleteRegKey HKLM "${UNINST_KEY}"
SectionEnd
