# One screen-reader session on this machine: Xvfb, D-Bus, openbox, the AT-SPI bus, PulseAudio with a
# null sink (so speech takes real time), speech-dispatcher, Orca and Firefox ESR, all with HOME and
# XDG_* in a scratch folder. Every process is started here and stopped here by its own PID.
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

PACKAGES = [
    'xvfb', 'openbox', 'orca', 'firefox-esr', 'speech-dispatcher', 'speech-dispatcher-espeak-ng',
    'espeak-ng', 'at-spi2-core', 'dbus-x11', 'python3-speechd', 'xdotool', 'pulseaudio', 'locales',
]


def missing_packages():
    missing = []
    for name in PACKAGES:
        out = subprocess.run(['dpkg-query', '-W', '-f=${Status}', name], capture_output=True, text=True)
        if 'install ok installed' not in out.stdout:
            missing.append(name)
    return missing


def install_packages(log):
    missing = missing_packages()
    if not missing:
        return
    log(f'Installing from Debian: {" ".join(missing)}')
    sudo = [] if os.geteuid() == 0 else ['sudo']
    env = {**os.environ, 'DEBIAN_FRONTEND': 'noninteractive'}
    lock = ['-o', 'DPkg::Lock::Timeout=600']
    subprocess.run([*sudo, 'apt-get', *lock, 'update', '-q'], check=True, env=env, stdin=subprocess.DEVNULL)
    subprocess.run([*sudo, 'apt-get', *lock, 'install', '-y', '-q', '--no-install-recommends', *missing],
                   check=True, env=env, stdin=subprocess.DEVNULL)


def ensure_locales(log):
    """Orca speaks in its own locale's voice: the Spanish walk needs es_ES.UTF-8 to exist."""
    have = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.lower().split()
    for name, source in (('en_US.UTF-8', 'en_US'), ('es_ES.UTF-8', 'es_ES')):
        if name.lower().replace('-', '') in have:
            continue
        log(f'Generating the {name} locale')
        sudo = [] if os.geteuid() == 0 else ['sudo']
        subprocess.run([*sudo, 'localedef', '-i', source, '-f', 'UTF-8', name], check=True)


def free_display():
    for n in range(99, 160):
        if not Path(f'/tmp/.X{n}-lock').exists() and not Path(f'/tmp/.X11-unix/X{n}').exists():
            return n
    raise RuntimeError('no free X display between :99 and :159')


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError(f'timed out after {timeout}s waiting for {what}')


class Session:
    """The desktop and speech stack. Orca and Firefox can be restarted without the rest."""

    def __init__(self, scratch: Path, log):
        self.scratch = scratch
        self.log = log
        self.procs = []  # (name, Popen), in start order
        self.env = {}
        self.orca = None
        self.firefox = None
        self.speech_log = scratch / 'speech.jsonl'

    # -- processes -------------------------------------------------------------------------------
    def _start(self, name, argv, env=None, **kwargs):
        out = open(self.scratch / 'logs' / f'{name}.log', 'ab')
        proc = subprocess.Popen(argv, env=env or self.env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True, **kwargs)
        self.procs.append((name, proc))
        return proc

    def _stop(self, name, proc, grace=3.0):
        if proc.poll() is None:
            # Each process leads its own session (start_new_session), so its group is only its own
            # children: end that group by the PID we started, never anything found by name.
            for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 2.0)):
                try:
                    os.killpg(proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    proc.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.procs = [(n, p) for n, p in self.procs if p is not proc]

    def stop_all(self):
        for name, proc in reversed(list(self.procs)):
            self._stop(name, proc)
        # dbus-launch's daemon is not our child: it was started for us and told us its PID.
        pid = self.env.get('SR_DBUS_PID')
        if pid:
            try:
                os.kill(int(pid), signal.SIGTERM)
            except (ProcessLookupError, ValueError):
                pass

    # -- start-up --------------------------------------------------------------------------------
    def start_desktop(self):
        s = self.scratch
        for sub in ('home', 'config', 'data', 'cache', 'runtime', 'logs'):
            (s / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(s / 'runtime', 0o700)
        display = free_display()
        env = {
            'PATH': os.environ.get('PATH', '/usr/bin:/bin'),
            'HOME': str(s / 'home'),
            'XDG_CONFIG_HOME': str(s / 'config'),
            'XDG_DATA_HOME': str(s / 'data'),
            'XDG_CACHE_HOME': str(s / 'cache'),
            'XDG_RUNTIME_DIR': str(s / 'runtime'),
            'DISPLAY': f':{display}',
            'LANG': 'en_US.UTF-8',
            'GNOME_ACCESSIBILITY': '1',
            'GTK_MODULES': 'gail:atk-bridge',
            'NO_AT_BRIDGE': '0',
            'MOZ_CRASHREPORTER_DISABLE': '1',
            'MOZ_NO_REMOTE': '1',
            'SR_SPEECH_LOG': str(self.speech_log),
        }
        self.env = env
        self._start('xvfb', ['Xvfb', f':{display}', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'])
        wait_for(lambda: Path(f'/tmp/.X11-unix/X{display}').exists(), 15, 'Xvfb')
        out = subprocess.run(['dbus-launch', '--sh-syntax'], env=env, capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            if '=' in line and line.startswith('DBUS_'):
                key, value = line.rstrip(';').split('=', 1)
                env[key] = value.strip("'")
        env['SR_DBUS_PID'] = env.get('DBUS_SESSION_BUS_PID', '')
        self._start('openbox', ['openbox'])
        self._start('at-spi-bus', ['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'])
        # PulseAudio with one null sink: espeak-ng then plays in real time, so speech takes as long
        # as a patient would wait for it, and an interruption is a real cut-off.
        self._start('pulseaudio', ['pulseaudio', '-n', '--daemonize=no', '--exit-idle-time=-1',
                                   '--disallow-exit', '--log-target=stderr',
                                   '-L', 'module-native-protocol-unix', '-L', 'module-null-sink sink_name=null',
                                   '-L', 'module-always-sink'])
        wait_for(lambda: subprocess.run(['pactl', 'info'], env=env, capture_output=True).returncode == 0, 20, 'PulseAudio')
        subprocess.run(['pactl', 'set-default-sink', 'null'], env=env, capture_output=True)
        self._start_speechd()
        wait_for(lambda: self._atspi_ready(), 20, 'the AT-SPI bus')

    def _atspi_ready(self):
        out = subprocess.run(['dbus-send', '--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus',
                              'org.a11y.Bus.GetAddress'], env=self.env, capture_output=True, text=True)
        return out.returncode == 0

    def _start_speechd(self):
        conf = self.scratch / 'config' / 'speech-dispatcher'
        if conf.exists():
            shutil.rmtree(conf)
        shutil.copytree('/etc/speech-dispatcher', conf, symlinks=False)
        with open(conf / 'speechd.conf', 'a') as handle:
            handle.write('\n# Added for the screen-reader test\nAudioOutputMethod "pulse"\nDefaultModule espeak-ng\n'
                         f'LogDir "{self.scratch / "logs"}"\n')
        self._start('speech-dispatcher', ['speech-dispatcher', '-s', '-t', '0', '-C', str(conf)])
        sock = self.scratch / 'runtime' / 'speech-dispatcher' / 'speechd.sock'
        wait_for(sock.exists, 20, 'speech-dispatcher')

    def start_orca(self, lang):
        """Orca speaks in the voice of its own locale, so each language gets its own Orca."""
        if self.orca:
            self._stop('orca', self.orca)
        prefs = self.scratch / f'orca-{lang}'
        if prefs.exists():
            shutil.rmtree(prefs)
        prefs.mkdir()
        shutil.copy(HERE / 'orca-customizations.py', prefs / 'orca-customizations.py')
        env = {**self.env, 'LANG': 'es_ES.UTF-8' if lang == 'es' else 'en_US.UTF-8',
               'LANGUAGE': 'es' if lang == 'es' else 'en'}
        argv = ['orca', '-u', str(prefs)]
        if os.environ.get('SR_ORCA_DEBUG'):
            argv += ['--debug-file', str(self.scratch / 'logs' / f'orca-debug-{lang}.out')]
        self.orca = self._start(f'orca-{lang}', argv, env=env)

    def start_firefox(self, url):
        if self.firefox:
            self._stop('firefox', self.firefox, grace=5)
        profile = self.scratch / 'firefox-profile'
        if profile.exists():
            shutil.rmtree(profile)
        profile.mkdir()
        shutil.copy(HERE / 'firefox-user.js', profile / 'user.js')
        self.firefox = self._start('firefox', ['firefox-esr', '--no-remote', '--new-instance', '--profile', str(profile),
                                               '--width', '1280', '--height', '1000', url])

    def alive(self):
        return {name: proc.poll() is None for name, proc in self.procs}

    # -- input -----------------------------------------------------------------------------------
    def xdotool(self, *args):
        return subprocess.run(['xdotool', *args], env=self.env, capture_output=True, text=True, timeout=20)

    def key(self, keysym):
        self.xdotool('key', '--clearmodifiers', keysym)

    def type_text(self, text):
        self.xdotool('type', '--delay', '5', text)

    def active_window_name(self):
        out = self.xdotool('getactivewindow', 'getwindowname')
        return out.stdout.strip()

    def screenshot(self, path):
        subprocess.run(['import', '-window', 'root', str(path)], env=self.env, capture_output=True, timeout=20)


def free_port():
    with socket.socket() as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


class SpeechLog:
    """Reads the JSON lines that orca-customizations.py writes, and waits on them."""

    def __init__(self, path: Path):
        self.path = path
        self.offset = 0
        self.records = []
        self.texts = {}   # id -> {'text','lang','state'}
        self.last_stop = 0.0

    def poll(self):
        if not self.path.exists():
            return []
        with open(self.path, encoding='utf-8') as handle:
            handle.seek(self.offset)
            chunk = handle.read()
        end = chunk.rfind('\n')
        if end < 0:
            return []
        self.offset += len(chunk[:end + 1].encode('utf-8'))
        new = [json.loads(line) for line in chunk[:end + 1].splitlines() if line.strip()]
        for rec in new:
            if rec['ev'] == 'loaded':
                # A new Orca (the next language, or a restart) numbers its messages from 1 again:
                # the last one's messages are over, and one still "speaking" when it stopped would
                # otherwise keep busy() true, and every later key would wait out its timeout.
                self.texts.clear()
            elif rec['ev'] == 'speak':
                self.texts[rec['id']] = {'id': rec['id'], 'text': rec['text'], 'lang': rec.get('lang', ''),
                                         'state': 'queued', 't': rec['t']}
            elif rec['ev'] == 'stop':
                self.last_stop = rec['t']
            elif rec['ev'] in ('begin', 'end', 'cancel') and rec['id'] in self.texts:
                entry = self.texts[rec['id']]
                if rec['ev'] == 'begin':
                    # Speech-dispatcher plays one message at a time, in order: an older message
                    # that never reported anything is over by now (a lost event, noted as such).
                    for older in self.texts.values():
                        if older['id'] < entry['id'] and older['state'] == 'queued':
                            older['state'] = 'never spoken (no events)' if self.last_stop > older['t'] \
                                else 'heard (no events)'
                    entry['state'] = 'speaking'
                elif rec['ev'] == 'end':
                    entry['state'] = 'heard'
                else:
                    entry['state'] = 'cut off' if entry['state'] == 'speaking' else 'never spoken'
        self.records.extend(new)
        return new

    def mark(self):
        self.poll()
        return len(self.records)

    def utterances_since(self, mark):
        ids = [r['id'] for r in self.records[mark:] if r['ev'] == 'speak']
        return [self.texts[i] for i in ids]

    def busy(self, stale=12.0):
        # A message still being spoken holds the walk up until its end (a long question can take
        # more than 12 s); one never begun for `stale` seconds lost its events and does not.
        now = time.time()
        return any(e['state'] == 'speaking' or (e['state'] == 'queued' and now - e['t'] < stale)
                   for e in self.texts.values())

    def last_event_time(self):
        return self.records[-1]['t'] if self.records else 0.0

    def settle(self, mark, quiet=0.6, timeout=20.0, need_speech=True, first_timeout=4.0):
        """Waits until speech caused since `mark` has finished and nothing new came for `quiet`
        seconds. Returns False when the timeout ran out (the caller notes it)."""
        start = time.monotonic()
        while True:
            self.poll()
            now = time.monotonic()
            spoke = any(r['ev'] == 'speak' for r in self.records[mark:])
            if now - start > timeout:
                return False
            if need_speech and not spoke and now - start < first_timeout:
                time.sleep(0.05)
                continue
            if not self.busy() and time.time() - max(self.last_event_time(), 0) >= quiet and now - start >= quiet:
                return True
            time.sleep(0.05)

    def wait_text(self, mark, predicate, timeout=20.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            for entry in self.utterances_since(mark):
                if predicate(entry['text']):
                    return entry
            time.sleep(0.05)
        return None
