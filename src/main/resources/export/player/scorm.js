/*
 * SCORM 2004 4th edition runtime for the Medvirk course player: finds the platform's API_1484_11 the standard way
 * (up through window.parent, then from window.opener), and turns the player's status into the run-time data model:
 * location and suspend data to resume, completion, success and score, progress, session time and exit.
 */
(function () {
  'use strict';

  var MAX_PARENTS = 500;
  var lms = null;
  var mode = 'normal';
  var startedAt = 0;
  var terminated = false;

  function find(win) {
    for (var tries = 0; win && tries <= MAX_PARENTS; tries++) {
      try {
        if (win.API_1484_11) {
          return win.API_1484_11;
        }
      } catch (e) {
        // A window of another origin: its API cannot be ours; keep looking further up.
      }
      if (!win.parent || win.parent === win) {
        return null;
      }
      win = win.parent;
    }
    return null;
  }

  function api() {
    var found = find(window);
    if (!found && window.opener) {
      found = find(window.opener);
    }
    return found;
  }

  function get(element) {
    var value = lms.GetValue(element);
    return String(lms.GetLastError()) === '0' ? String(value) : '';
  }

  function set(element, value) {
    if (String(lms.SetValue(element, String(value))) !== 'true' && window.console) {
      window.console.warn('SCORM SetValue ' + element + ' failed: ' + lms.GetLastError());
    }
  }

  function round(value) {
    return String(Math.round(value * 10000) / 10000);
  }

  /* ISO 8601 time interval, seconds with at most two decimals, as cmi.session_time wants. */
  function interval(milliseconds) {
    var seconds = Math.max(0, milliseconds) / 1000;
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    return 'PT' + hours + 'H' + minutes + 'M' + (Math.floor((seconds % 60) * 100) / 100) + 'S';
  }

  function write(status) {
    if (mode !== 'normal') {
      return;
    }
    set('cmi.location', status.location);
    set('cmi.suspend_data', status.state);
    set('cmi.progress_measure', round(status.progress));
    set('cmi.completion_status', status.completed ? 'completed' : 'incomplete');
    if (status.passed !== null) {
      set('cmi.score.min', 0);
      set('cmi.score.max', status.max);
      set('cmi.score.raw', status.raw);
      set('cmi.score.scaled', round(status.scaled));
      set('cmi.success_status', status.passed ? 'passed' : 'failed');
    }
  }

  window.MedvirkRuntime = {
    start: function () {
      lms = api();
      if (!lms || String(lms.Initialize('')) !== 'true') {
        lms = null;
        return Promise.resolve({ tracking: false, notice: 'export.untracked' });
      }
      startedAt = Date.now();
      mode = get('cmi.mode') || 'normal';
      var passing = get('cmi.scaled_passing_score');
      return Promise.resolve({
        tracking: true,
        state: get('cmi.suspend_data'),
        location: get('cmi.location'),
        masteryScore: passing === '' ? null : Number(passing)
      });
    },

    save: function (status) {
      if (!lms || terminated) {
        return;
      }
      write(status);
      lms.Commit('');
    },

    exit: function (status) {
      if (!lms || terminated) {
        return Promise.resolve();
      }
      write(status);
      if (mode === 'normal') {
        // Suspended, the platform keeps location and suspend data for the next launch; finished, it may close.
        set('cmi.exit', status.finished ? 'normal' : 'suspend');
      }
      set('cmi.session_time', interval(Date.now() - startedAt));
      lms.Commit('');
      lms.Terminate('');
      terminated = true;
      return Promise.resolve();
    }
  };
})();
