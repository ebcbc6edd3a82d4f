/*
 * cmi5 (Quartz) runtime for the Medvirk course player: reads the launch parameters, trades the one-time fetch URL
 * for an auth token, reads LMS.LaunchData and the learner preferences, and sends the AU's statements with the
 * context template: initialized, completed, passed or failed, terminated. The player's own progress is kept in a
 * state document of its own, so a later session resumes at the bookmark.
 */
(function () {
  'use strict';

  var ADL = 'http://adlnet.gov/expapi/verbs/';
  var CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  var MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
  var MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
  var PROGRESS_STATE = 'https://medvirk.no/xapi/state/course-player';
  var VERSION = '1.0.3';

  var launch = null;
  var token = null;
  var launchData = null;
  var startedAt = 0;
  // Per registration (kept in the state document): which once-only statements were sent.
  var sent = { completed: false, passed: false };
  // Per session: passed or failed may be sent once, so a failure waits for the end in case a pass follows.
  var judged = false;
  var failure = null;
  var ended = false;
  var queue = Promise.resolve();

  function parameters() {
    var query = new URLSearchParams(window.location.search);
    var names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
    if (names.some(function (name) { return !query.get(name); })) {
      return null;
    }
    return {
      endpoint: query.get('endpoint').replace(/\/?$/, '/'),
      fetch: query.get('fetch'),
      actor: JSON.parse(query.get('actor')),
      registration: query.get('registration'),
      activityId: query.get('activityId')
    };
  }

  function url(resource, query) {
    return launch.endpoint + resource + '?' + new URLSearchParams(query).toString();
  }

  function request(method, resource, query, body, keepalive) {
    var headers = { 'Authorization': 'Basic ' + token, 'X-Experience-API-Version': VERSION };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url(resource, query), {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: keepalive === true,
      credentials: 'omit'
    });
  }

  function stateQuery(stateId) {
    return {
      activityId: launch.activityId,
      agent: JSON.stringify(launch.actor),
      registration: launch.registration,
      stateId: stateId
    };
  }

  function uuid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  function duration() {
    var seconds = Math.max(0, Date.now() - startedAt) / 1000;
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    return 'PT' + hours + 'H' + minutes + 'M' + (Math.floor((seconds % 60) * 100) / 100) + 'S';
  }

  /* A cmi5 defined statement: the context template, never overwritten, plus the cmi5 (and moveOn) categories. */
  function statement(verb, result, extensions) {
    var context = JSON.parse(JSON.stringify(launchData.contextTemplate || {}));
    context.registration = launch.registration;
    context.contextActivities = context.contextActivities || {};
    var category = (context.contextActivities.category || []).slice();
    category.push({ id: CMI5_CATEGORY, objectType: 'Activity' });
    if (result && (result.success !== undefined || result.completion !== undefined)) {
      category.push({ id: MOVE_ON_CATEGORY, objectType: 'Activity' });
    }
    context.contextActivities.category = category;
    if (extensions) {
      context.extensions = Object.assign({}, extensions, context.extensions || {});
    }
    var made = {
      id: uuid(),
      timestamp: new Date().toISOString(),
      actor: launch.actor,
      verb: { id: ADL + verb, display: { 'en-US': verb } },
      object: { id: launch.activityId, objectType: 'Activity' },
      context: context
    };
    if (result) {
      made.result = result;
    }
    return made;
  }

  function judgement(status) {
    var result = {
      success: status.passed === true,
      duration: duration(),
      score: { scaled: Math.round(status.scaled * 10000) / 10000, raw: status.raw, min: 0, max: status.max }
    };
    var extensions = null;
    if (typeof launchData.masteryScore === 'number') {
      extensions = {};
      extensions[MASTERY_EXTENSION] = launchData.masteryScore;
    }
    return statement(status.passed ? 'passed' : 'failed', result, extensions);
  }

  function send(statements, keepalive) {
    return request('POST', 'statements', {}, statements, keepalive).then(function (response) {
      if (!response.ok) {
        throw new Error('The LRS refused the statements: ' + response.status);
      }
    });
  }

  function saveState(status, keepalive) {
    var progress = { player: status.state, location: status.location, sent: sent };
    return request('PUT', 'activities/state', stateQuery(PROGRESS_STATE), progress, keepalive);
  }

  function later(step) {
    queue = queue.then(step).catch(function (error) {
      if (window.console) {
        window.console.error(error);
      }
    });
    return queue;
  }

  function normal() {
    return launchData.launchMode === 'Normal';
  }

  /* What this status makes due: completed and passed once per registration, failed kept for the session's end. */
  function due(status) {
    var statements = [];
    if (!normal()) {
      return statements;
    }
    if (status.completed && !sent.completed) {
      statements.push(statement('completed', { completion: true, duration: duration() }));
      sent.completed = true;
    }
    if (status.passed === true && !sent.passed && !judged) {
      statements.push(judgement(status));
      sent.passed = true;
      judged = true;
      failure = null;
    } else if (status.passed === false && !sent.passed && !judged) {
      failure = status;
    }
    return statements;
  }

  function ending() {
    var statements = [];
    if (failure && normal() && !judged) {
      statements.push(judgement(failure));
      judged = true;
    }
    statements.push(statement('terminated', { duration: duration() }));
    return statements;
  }

  window.MedvirkRuntime = {
    start: function () {
      try {
        launch = parameters();
      } catch (e) {
        launch = null;
      }
      if (!launch) {
        return Promise.resolve({ tracking: false, notice: 'export.untracked' });
      }
      var saved = null;
      return fetch(launch.fetch, { method: 'POST', credentials: 'omit' })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (!answer['auth-token']) {
            throw new Error('No auth token: ' + (answer['error-text'] || answer['error-code']));
          }
          token = answer['auth-token'];
          return request('GET', 'activities/state', stateQuery('LMS.LaunchData'));
        })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('No LMS.LaunchData: ' + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          launchData = data;
          // The learner preferences must be read on start; the page is in bokmål, the language of its lessons.
          return request('GET', 'agents/profile', { agent: JSON.stringify(launch.actor),
            profileId: 'cmi5LearnerPreferences' }).catch(function () { return null; });
        })
        .then(function () { return request('GET', 'activities/state', stateQuery(PROGRESS_STATE)); })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (progress) {
          saved = progress;
          if (saved && saved.sent) {
            sent.completed = saved.sent.completed === true;
            sent.passed = saved.sent.passed === true;
          }
          startedAt = Date.now();
          return send([statement('initialized')]);
        })
        .then(function () {
          return {
            tracking: true,
            state: saved && typeof saved.player === 'string' ? saved.player : null,
            location: saved && saved.location,
            masteryScore: typeof launchData.masteryScore === 'number' ? launchData.masteryScore : null
          };
        })
        .catch(function (error) {
          if (window.console) {
            window.console.error(error);
          }
          launch = null;
          return { tracking: false, notice: 'export.no-connection' };
        });
    },

    save: function (status) {
      if (!launch || ended) {
        return;
      }
      var statements = due(status);
      later(function () {
        return (statements.length ? send(statements) : Promise.resolve()).then(function () {
          return saveState(status);
        });
      });
    },

    exit: function (status, unloading) {
      if (!launch || ended) {
        return Promise.resolve();
      }
      var statements = due(status).concat(ending());
      ended = true;
      if (unloading) {
        // The page is going: no promise would run later, so everything leaves now, kept alive by the browser.
        saveState(status, true);
        send(statements, true);
        return Promise.resolve();
      }
      return later(function () {
        return saveState(status).then(function () { return send(statements); });
      }).then(function () {
        if (launchData.returnURL) {
          window.location.assign(launchData.returnURL);
        }
      });
    }
  };
})();
