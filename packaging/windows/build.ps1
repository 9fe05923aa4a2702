# Build Kraken Guard for Windows: a one-folder app (kraken-guard.exe) with its icon and version
# information, smoke-tested, then zipped. Run in PowerShell from any folder:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: uv (https://docs.astral.sh/uv/). Python 3.11 and everything else come through uv.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

if (-not (Get-Command uv -ErrorAction SilentlyContinue)) {
    throw "uv is not installed. Install it with: winget install astral-sh.uv (then open a new terminal)"
}
function Invoke-Step([string]$What, [scriptblock]$Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$out = "build\windows"
New-Item -ItemType Directory -Force $out | Out-Null
Invoke-Step "uv sync" { uv sync --locked }
Invoke-Step "compile translations" { uv run python tools/build_translations.py }
Invoke-Step "icon from the SVG" { uv run python tools/render_icons.py ico "$out\kraken-guard.ico" }
Invoke-Step "version information" { uv run python packaging/windows/version_info.py "$out\version_info.txt" }

$env:KRAKEN_GUARD_ICON = (Resolve-Path "$out\kraken-guard.ico").Path
$env:KRAKEN_GUARD_VERSION_FILE = (Resolve-Path "$out\version_info.txt").Path
Invoke-Step "PyInstaller" {
    uv run --with "pyinstaller>=6.10" pyinstaller --noconfirm --log-level WARN `
        --distpath build\dist --workpath build\work packaging\pyinstaller\kraken-guard.spec
}

# The app has no console (a GUI program), so the smoke test speaks through its exit code.
$home_dir = Join-Path ([System.IO.Path]::GetTempPath()) ("kraken-guard-smoke-" + [guid]::NewGuid())
$env:KRAKEN_GUARD_HOME = $home_dir
$env:QT_QPA_PLATFORM = "offscreen"
$run = Start-Process -FilePath "build\dist\kraken-guard\kraken-guard.exe" -ArgumentList "--smoke-test" `
    -Wait -PassThru -NoNewWindow
Remove-Item Env:QT_QPA_PLATFORM, Env:KRAKEN_GUARD_HOME
Remove-Item -Recurse -Force $home_dir -ErrorAction SilentlyContinue
if ($run.ExitCode -ne 0) { throw "The built app did not start (smoke test exit code $($run.ExitCode))" }

# Optional signing: a code-signing certificate in the user's store, chosen by its thumbprint.
if ($env:WINDOWS_SIGN_THUMBPRINT) {
    Invoke-Step "sign kraken-guard.exe" {
        signtool sign /sha1 $env:WINDOWS_SIGN_THUMBPRINT /fd SHA256 /tr http://timestamp.digicert.com `
            /td SHA256 build\dist\kraken-guard\kraken-guard.exe
    }
}

$bytes = (Get-ChildItem -Recurse -File build\dist\kraken-guard | Measure-Object -Sum Length).Sum
Write-Host ("frozen build: {0:N0} MiB in build\dist\kraken-guard" -f ($bytes / 1MB))
$zip = "build\kraken-guard-windows-x64.zip"
Compress-Archive -Force -Path build\dist\kraken-guard -DestinationPath $zip
Write-Host ("zipped: {0} ({1:N0} MiB)" -f $zip, ((Get-Item $zip).Length / 1MB))
if (-not $env:WINDOWS_SIGN_THUMBPRINT) { Write-Host "Not signed: set WINDOWS_SIGN_THUMBPRINT (see README)." }
