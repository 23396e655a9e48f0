# Loaded by Orca at start-up from the scratch settings folder that scripts/screen-reader/run.py makes.
# It records every utterance Orca hands to speech-dispatcher, and speech-dispatcher's begin / end /
# cancel for each, as JSON lines in $SR_SPEECH_LOG: the transcript is what was really spoken, not
# what Orca meant to say. It also turns off key echo and sounds, which would only add noise.
import json
import os
import threading
import time

import speechd
from orca import settings
from orca import speechdispatcherfactory as factory
from orca.acss import ACSS

_log_path = os.environ.get('SR_SPEECH_LOG')
_lock = threading.Lock()
_next_id = [0]

settings.enableKeyEcho = False
settings.enableSound = False
settings.enableTutorialMessages = False
_rate = os.environ.get('SR_ORCA_RATE')
if _rate:
    settings.voices[settings.DEFAULT_VOICE][ACSS.RATE] = int(_rate)


def _emit(**record):
    if not _log_path:
        return
    record['t'] = round(time.time(), 3)
    line = json.dumps(record, ensure_ascii=False) + '\n'
    with _lock:
        with open(_log_path, 'a', encoding='utf-8') as handle:
            handle.write(line)


_EVENTS = {
    speechd.CallbackType.BEGIN: 'begin',
    speechd.CallbackType.END: 'end',
    speechd.CallbackType.CANCEL: 'cancel',
}
_original_speak = factory.SpeechServer._speak
_original_cancel = factory.SpeechServer._cancel


def _speak(self, text, acss, **kwargs):
    if isinstance(text, ACSS) or not text:
        return _original_speak(self, text, acss, **kwargs)
    with _lock:
        _next_id[0] += 1
        uid = _next_id[0]
    outer = kwargs.pop('callback', None)
    outer_types = list(kwargs.pop('event_types', None) or [])

    def callback(kind, index_mark=None):
        name = _EVENTS.get(kind)
        if name:
            _emit(ev=name, id=uid)
        if outer and kind in outer_types:
            outer(kind, index_mark=index_mark)

    types = list(_EVENTS) + [kind for kind in outer_types if kind not in _EVENTS]
    try:
        lang = '-'.join(part for part in self._get_language_and_dialect((acss or {}).get(ACSS.FAMILY)) if part)
    except Exception:  # the language is a note in the transcript, never a reason to lose speech
        lang = ''
    _emit(ev='speak', id=uid, text=text.replace('\ue000', ''), lang=lang)
    return _original_speak(self, text, acss, callback=callback, event_types=types, **kwargs)


def _cancel(self):
    _emit(ev='stop')
    return _original_cancel(self)


# python3-speechd registers a message's callback only after SPEAK returns, so a BEGIN (even an END)
# that speech-dispatcher sends first is dropped (a TODO in speechd/client.py says so). Keep such
# early events and replay them once the callback is registered.
_Handler = speechd.client._CallbackHandler
_original_call = _Handler.__call__


def _handler_call(self, msg_id, client_id, type, **kwargs):
    with self._lock:
        if msg_id not in self._callbacks:
            self.__dict__.setdefault('_early', {}).setdefault(msg_id, []).append((client_id, type, kwargs))
            return None
    return _original_call(self, msg_id, client_id, type, **kwargs)


def _handler_add(self, msg_id, callback, event_types):
    with self._lock:
        self._callbacks[msg_id] = (callback, event_types)
        early = self.__dict__.get('_early', {}).pop(msg_id, [])
    for client_id, type, kwargs in early:
        _original_call(self, msg_id, client_id, type, **kwargs)


_Handler.__call__ = _handler_call
_Handler.add_callback = _handler_add
factory.SpeechServer._speak = _speak
factory.SpeechServer._cancel = _cancel
_emit(ev='loaded')

# The page is reached with Tab as a patient would; say-all on load can stall and only costs time.
settings.sayAllOnLoad = False
settings.pageSummaryOnLoad = False
