@echo off
rem Starts Gendan from the folder that holds gendan.jar: with no arguments (or only --db PATH) the
rem desktop app, otherwise a command (gendan --help lists them). Uses %JAVA_HOME%\bin\java when
rem JAVA_HOME is set, else the java on the PATH; Gendan needs Java 21 or newer.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if "%~1"=="" set "CDS=-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%HERE%gendan.jsa""
if "%~1"=="--db" set "CDS=-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%HERE%gendan.jsa""
"%JAVA%" @"%HERE%gendan.jvmoptions" %CDS% -jar "%HERE%gendan.jar" %*
