/*
 * The SCORM runtime API of Medvirk's package player. Sets up scorm-again (window.API for SCORM 1.2,
 * window.API_1484_11 for SCORM 2004) in the page that hosts the SCO's iframe, with the data the SCO saved before,
 * and sends every commit to the packages module. A commit that does not get through is kept in localStorage and
 * sent again with growing pauses (1 s, 2 s, 4 s ... at most 30 s), and on the next visit before the SCO starts: it is
 * never lost. Each commit carries the whole cmi object and a sequence number, so the server keeps the newest.
 */
(function () {
    'use strict';

    var LIBRARIES = {'1.2': '/scorm-again/dist/scorm12.min.js', '2004': '/scorm-again/dist/scorm2004.min.js'};
    var MAX_DELAY = 30000;
    var KEEPALIVE_LIMIT = 60000;
    var session = null;

    function load(src) {
        return new Promise(function (resolve, reject) {
            var existing = document.querySelector('script[data-medvirk="' + src + '"]');
            if (existing && existing.dataset.loaded) {
                resolve();
                return;
            }
            var script = existing || document.createElement('script');
            script.addEventListener('load', function () {
                script.dataset.loaded = 'true';
                resolve();
            });
            script.addEventListener('error', reject);
            if (!existing) {
                script.src = src;
                script.dataset.medvirk = src;
                document.head.appendChild(script);
            }
        });
    }

    function store() {
        try {
            return window.localStorage;
        } catch (e) {
            return null;
        }
    }

    function pending(s) {
        var storage = store();
        var text = storage && storage.getItem(s.config.storageKey);
        try {
            return text ? JSON.parse(text) : null;
        } catch (e) {
            return null;
        }
    }

    function remember(s, commit) {
        var storage = store();
        if (storage) {
            try {
                storage.setItem(s.config.storageKey, JSON.stringify(commit));
            } catch (e) {
                // A full storage: the commit is still sent, only not kept across a reload.
            }
        }
        s.latest = commit;
    }

    function forget(s, seq) {
        var kept = pending(s);
        if (kept && kept.seq <= seq && store()) {
            store().removeItem(s.config.storageKey);
        }
        if (s.latest && s.latest.seq <= seq) {
            s.latest = null;
        }
    }

    function status(s, key) {
        var element = document.getElementById('package-save-status');
        if (element && s.config.messages && s.config.messages[key] !== undefined) {
            element.textContent = s.config.messages[key];
        }
    }

    function accepted(text) {
        try {
            var answer = JSON.parse(text);
            return answer.result === true || answer.result === 'true';
        } catch (e) {
            return false;
        }
    }

    function committed(s, text) {
        var recovered = s.attempts > 0;
        s.attempts = 0;
        if (recovered) {
            status(s, 'saved');
        }
        try {
            var answer = JSON.parse(text);
            s.frame.dispatchEvent(new CustomEvent('medvirk-committed', {
                detail: {completion: answer.completion, success: answer.success}
            }));
        } catch (e) {
            // Only the table of contents misses an update.
        }
    }

    /** Synchronous, as SCORM expects: the SCO learns at once whether its data got through. */
    function sendNow(s, commit) {
        try {
            var xhr = new XMLHttpRequest();
            xhr.open('POST', s.config.commitUrl, false);
            xhr.setRequestHeader('Content-Type', 'application/json');
            xhr.send(JSON.stringify(commit));
            if (xhr.status === 200 && accepted(xhr.responseText)) {
                forget(s, commit.seq);
                committed(s, xhr.responseText);
                return true;
            }
        } catch (e) {
            // Network error, or a synchronous request refused while the page unloads: sent again below.
        }
        return false;
    }

    /** Asynchronous, for retries and for the last commit while the SCO unloads (keepalive outlives the page). */
    function sendLater(s, commit) {
        var body = JSON.stringify(commit);
        var request = fetch(s.config.commitUrl, {
            method: 'POST',
            credentials: 'same-origin',
            keepalive: body.length < KEEPALIVE_LIMIT,
            headers: {'Content-Type': 'application/json'},
            body: body
        }).then(function (response) {
            return response.text().then(function (text) {
                if (!response.ok || !accepted(text)) {
                    throw new Error('Commit refused: ' + response.status);
                }
                forget(s, commit.seq);
                committed(s, text);
            });
        }).catch(function () {
            retry(s);
        });
        s.inFlight.push(request);
        request.finally(function () {
            s.inFlight = s.inFlight.filter(function (r) {
                return r !== request;
            });
        });
        return request;
    }

    function retry(s) {
        if (s.timer || s.closed) {
            return;
        }
        s.attempts += 1;
        status(s, 'retrying');
        var delay = Math.min(MAX_DELAY, 1000 * Math.pow(2, s.attempts - 1));
        s.timer = setTimeout(function () {
            s.timer = null;
            var commit = s.latest || pending(s);
            if (commit) {
                sendLater(s, commit);
            }
        }, delay);
    }

    /** scorm-again's IHttpService: every commit goes through here. */
    function HttpService(s) {
        this.s = s;
    }

    HttpService.prototype.processHttpRequest = function (url, params, immediate) {
        var s = this.s;
        s.seq += 1;
        var commit = {seq: s.seq, terminate: !!immediate, cmi: params && params.cmi ? params.cmi : params};
        remember(s, commit);
        if (!immediate && sendNow(s, commit)) {
            return {result: 'true', errorCode: 0};
        }
        if (immediate) {
            sendLater(s, commit);
        } else {
            retry(s);
        }
        // Kept and sent again until it gets through: for the SCO the data is safe.
        return {result: 'true', errorCode: 0};
    };

    HttpService.prototype.updateSettings = function () {
    };

    function createApi(s) {
        var settings = {
            lmsCommitUrl: s.config.commitUrl,
            autocommit: true,
            autocommitSeconds: 10,
            sendFullCommit: true,
            logLevel: 4,
            httpService: new HttpService(s)
        };
        var api;
        if (s.config.standard === '2004') {
            api = new window.Scorm2004API(settings);
            api.loadFromJSON(s.config.cmi, 'cmi');
            window.API_1484_11 = api;
            api.on('Terminate', function () {
                var request = api.adl && api.adl.nav ? api.adl.nav.request : '_none_';
                if (request && request !== '_none_') {
                    setTimeout(function () {
                        s.frame.dispatchEvent(new CustomEvent('medvirk-nav', {detail: {request: String(request)}}));
                    }, 0);
                }
            });
        } else {
            api = new window.Scorm12API(settings);
            api.loadFromJSON(s.config.cmi, 'cmi');
            window.API = api;
        }
        return api;
    }

    function terminated(api) {
        return typeof api.isTerminated === 'function' ? api.isTerminated() : false;
    }

    function wait(ms) {
        return new Promise(function (resolve) {
            setTimeout(resolve, ms);
        });
    }

    /** Ends the current SCO's session: unloads it, terminates for it when it did not, waits for its last commit. */
    function unload() {
        var s = session;
        if (!s) {
            return Promise.resolve();
        }
        session = null;
        s.frame.src = 'about:blank';
        var started = Date.now();
        function settled() {
            if (!terminated(s.api) && Date.now() - started < 2000) {
                return wait(100).then(settled);
            }
            if (!terminated(s.api) && s.initialized) {
                try {
                    if (s.config.standard === '2004') {
                        s.api.Terminate('');
                    } else {
                        s.api.LMSFinish('');
                    }
                } catch (e) {
                    // Nothing more to save.
                }
            }
            return Promise.race([Promise.all(s.inFlight), wait(3000)]);
        }
        return wait(50).then(settled).then(function () {
            s.closed = true;
            if (s.timer) {
                clearTimeout(s.timer);
            }
        });
    }

    /**
     * Starts a SCO session in the iframe: a commit kept from before that never got through is sent first (the
     * player then launches again with the data as the server has it), else the API is created with the saved data
     * and the SCO loaded.
     */
    function start(frame, configText, contentUrl, messagesText) {
        var config = JSON.parse(configText);
        config.messages = JSON.parse(messagesText || '{}');
        return unload().then(function () {
            return load(LIBRARIES[config.standard]);
        }).then(function () {
            var s = {config: config, frame: frame, seq: config.seq, attempts: 0, inFlight: [], latest: null,
                timer: null, closed: false, initialized: false};
            var kept = pending(s);
            if (kept && kept.seq > config.seq) {
                var replay = {seq: kept.seq, terminate: kept.terminate, cmi: kept.cmi};
                if (sendNow(s, replay)) {
                    frame.dispatchEvent(new CustomEvent('medvirk-replayed'));
                    return 'replayed';
                }
                s.seq = kept.seq;
                s.latest = kept;
                retry(s);
            } else if (kept) {
                forget(s, config.seq);
            }
            s.api = createApi(s);
            s.api.on(config.standard === '2004' ? 'Initialize' : 'LMSInitialize', function () {
                s.initialized = true;
            });
            session = s;
            frame.src = contentUrl;
            return 'started';
        });
    }

    window.addEventListener('online', function () {
        if (session && (session.latest || pending(session))) {
            sendLater(session, session.latest || pending(session));
        }
    });

    window.medvirkScorm = {start: start, unload: unload};
})();
