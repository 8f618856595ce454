@echo off
rem Starts Gendan from the folder that holds gendan.jar: with no arguments (or only --db PATH) the
rem desktop app, otherwise a command (gendan --help lists them). Uses %JAVA_HOME%\bin\java when
rem JAVA_HOME is set, else the JDK the build ran on (named in gendan.jdk), else the java on the PATH;
rem Gendan needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
set "JHOME="
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java"
  set "JHOME=%JAVA_HOME%"
) else if exist "%HERE%gendan.jdk" (
  set /p JHOME=<"%HERE%gendan.jdk"
)
if not defined JAVA_HOME if defined JHOME set "JAVA=%JHOME%\bin\java"
rem The Java version, from the release file beside the JVM or else from java -version.
set "VERSION="
if defined JHOME if exist "%JHOME%\release" (
  for /f "usebackq tokens=2 delims==" %%v in (`findstr /b "JAVA_VERSION=" "%JHOME%\release"`) do set "VERSION=%%~v"
)
if not defined VERSION (
  for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined VERSION set "VERSION=%%~v"
)
set "MAJOR="
for /f "tokens=1,2 delims=.+-_" %%a in ("%VERSION%") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
set /a MAJORNUM=%MAJOR% 2>nul
if not defined MAJOR set "MAJORNUM=0"
if %MAJORNUM% LSS 21 (
  echo Gendan needs Java 21 or newer ^(found: %VERSION%^); install one and point JAVA_HOME at it, for example: set JAVA_HOME=C:\Program Files\Java\jdk-21 1>&2
  exit /b 1
)
rem The class-data archive (AOT cache) the build trained: used only with the JVM that made it.
set "AOT="
if defined JHOME if exist "%HERE%gendan.aot" if exist "%HERE%gendan.aot.jvm" if exist "%JHOME%\release" (
  findstr /b /r "IMPLEMENTOR= JAVA_RUNTIME_VERSION= OS_ARCH=" "%JHOME%\release" > "%TEMP%\gendan-jvm-%RANDOM%.txt" 2>nul
  for %%f in ("%TEMP%\gendan-jvm-*.txt") do (
    fc /b "%%~f" "%HERE%gendan.aot.jvm" >nul 2>&1 && set "AOT=yes"
    del "%%~f" >nul 2>&1
  )
)
if defined AOT (
  "%JAVA%" @"%HERE%gendan.jvmoptions" -XX:AOTCache="%HERE%gendan.aot" -Xlog:aot=off -Xlog:cds=off -jar "%HERE%gendan.jar" %*
) else (
  "%JAVA%" @"%HERE%gendan.jvmoptions" -jar "%HERE%gendan.jar" %*
)
