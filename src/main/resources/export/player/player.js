/*
 * Medvirk course player, exported with the course. Shows one lesson or quiz of the page at a time, scores the
 * quizzes and reports progress through window.MedvirkRuntime, which scorm.js (SCORM 2004) or cmi5.js (cmi5) sets
 * up. Plain JavaScript without a build step; every part of the course is in the HTML, so the page reads without it.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('medvirk-course').textContent);
  var labels = data.labels;
  var items = data.items;
  var sections = items.map(function (item) { return document.getElementById(item.id); });
  var runtime = window.MedvirkRuntime || {
    start: function () { return Promise.resolve({ tracking: false, notice: 'export.untracked' }); },
    save: function () {},
    exit: function () { return Promise.resolve(); }
  };
  // seen: indexes of lessons opened; quizzes: per quiz item id, its tries, best score, answers and whether locked.
  var state = { v: 1, seen: [], quizzes: {} };
  var current = 0;
  var mastery = data.masteryScore;
  var recording = false;
  var exited = false;
  var REFLECTION_LIMIT = 1000;

  function text(key, args) {
    return (labels[key] || key).replace(/\{(\d+)\}/g, function (match, i) { return String(args[i]); })
      .replace(/''/g, '\'');
  }

  function sectionIndex(hash) {
    var id = (hash || '').replace(/^#/, '');
    for (var i = 0; i < items.length; i++) {
      if (items[i].id === id) {
        return i;
      }
    }
    return -1;
  }

  function quizState(item) {
    if (!state.quizzes[item.id]) {
      state.quizzes[item.id] = { tries: 0, best: null, passed: false, locked: false, answers: {} };
    }
    return state.quizzes[item.id];
  }

  /* Navigation: one section shown, its title focused, the contents and pager kept in step. */

  function show(index, focus) {
    current = Math.max(0, Math.min(items.length - 1, index));
    sections.forEach(function (section, i) { section.hidden = i !== current; });
    document.querySelectorAll('.toc a').forEach(function (link) {
      if (link.getAttribute('href') === '#' + items[current].id) {
        link.setAttribute('aria-current', 'page');
      } else {
        link.removeAttribute('aria-current');
      }
    });
    document.querySelector('[data-go="previous"]').disabled = current === 0;
    document.querySelector('[data-go="next"]').disabled = current === items.length - 1;
    document.title = items[current].title + ' – ' + data.title;
    if (items[current].kind === 'lesson' && state.seen.indexOf(current) < 0) {
      state.seen.push(current);
    }
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', '#' + items[current].id);
    }
    if (focus) {
      document.getElementById(items[current].id + '-title').focus();
    }
    changed();
  }

  /* Quizzes: scored as Medvirk scores them; feedback written under each question. */

  function answersOf(form) {
    var answers = {};
    form.querySelectorAll('[data-question]').forEach(function (block) {
      var id = block.getAttribute('data-question');
      var area = block.querySelector('textarea');
      if (area) {
        answers[id] = area.value.slice(0, REFLECTION_LIMIT);
        return;
      }
      var chosen = [];
      block.querySelectorAll('input:checked').forEach(function (input) { chosen.push(input.value); });
      answers[id] = chosen;
    });
    return answers;
  }

  function isRight(question, chosen) {
    if (question.type === 'true-false') {
      return chosen.length === 1 && chosen[0] === String(question.answer);
    }
    var right = question.correct.map(String).sort().join(',');
    return chosen.slice().sort().join(',') === right;
  }

  function showFeedback(form, question, chosen, right) {
    var block = form.querySelector('[data-question="' + question.id + '"]');
    var feedback = block.querySelector('.feedback');
    feedback.textContent = '';
    var lines = [text(right ? 'quiz.right' : 'quiz.wrong')];
    if (question.type === 'true-false') {
      lines.push(right ? question.feedbackCorrect : question.feedbackIncorrect);
    } else {
      chosen.forEach(function (value) { lines.push(question.feedback[Number(value)]); });
    }
    lines.push(question.explanation);
    lines.filter(Boolean).forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      feedback.appendChild(p);
    });
    feedback.hidden = false;
    block.classList.toggle('right', right);
    block.classList.toggle('wrong', !right);
  }

  function attemptsLeft(item, quiz) {
    return item.attempts === 0 ? Infinity : item.attempts - quiz.tries;
  }

  function renderQuiz(item, form, announce) {
    var quiz = quizState(item);
    var scored = 0;
    var right = 0;
    form.querySelectorAll('input, textarea').forEach(function (field) { field.disabled = quiz.locked; });
    item.questions.forEach(function (question) {
      var block = form.querySelector('[data-question="' + question.id + '"]');
      var answer = quiz.answers[question.id];
      if (question.type === 'reflection') {
        block.querySelector('textarea').value = answer || '';
        return;
      }
      var chosen = Array.isArray(answer) ? answer : [];
      block.querySelectorAll('input').forEach(function (input) { input.checked = chosen.indexOf(input.value) >= 0; });
      scored++;
      if (quiz.locked) {
        var ok = isRight(question, chosen);
        right += ok ? 1 : 0;
        showFeedback(form, question, chosen, ok);
      } else {
        block.querySelector('.feedback').hidden = true;
        block.classList.remove('right', 'wrong');
      }
    });
    var result = form.querySelector('.quiz-result');
    var left = attemptsLeft(item, quiz);
    form.querySelector('.hand-in').disabled = quiz.locked || left <= 0;
    form.querySelector('.retry').hidden = !quiz.locked || quiz.passed || left <= 0;
    form.querySelector('.quiz-attempts').textContent = item.attempts === 0 || quiz.passed ? ''
      : (left > 0 ? text('quiz.attempts', [left]) : text('export.no-attempts-left'));
    if (quiz.locked && announce !== false) {
      var share = scored === 0 ? 1 : right / scored;
      var passed = share + 1e-9 >= item.passMark;
      result.textContent = text(passed ? 'quiz.passed' : 'quiz.failed',
        [Math.round(share * 100), Math.round(item.passMark * 100)]);
    } else if (!quiz.locked) {
      result.textContent = '';
    }
  }

  function handIn(item, form) {
    var quiz = quizState(item);
    if (quiz.locked || attemptsLeft(item, quiz) <= 0) {
      return;
    }
    var answers = answersOf(form);
    var right = 0;
    var scored = 0;
    item.questions.forEach(function (question) {
      if (question.type !== 'reflection') {
        scored++;
        right += isRight(question, answers[question.id]) ? 1 : 0;
      }
    });
    quiz.tries++;
    quiz.answers = answers;
    quiz.locked = true;
    quiz.best = quiz.best === null ? right : Math.max(quiz.best, right);
    quiz.passed = quiz.passed || (scored === 0 ? 1 : right / scored) + 1e-9 >= item.passMark;
    renderQuiz(item, form);
    var result = form.querySelector('.quiz-result');
    result.setAttribute('tabindex', '-1');
    result.focus();
    changed();
  }

  function retry(item, form) {
    var quiz = quizState(item);
    quiz.locked = false;
    quiz.answers = {};
    renderQuiz(item, form);
    var first = form.querySelector('input, textarea');
    if (first) {
      first.focus();
    }
    changed();
  }

  /* The course as a whole: what the platform is told. */

  function status() {
    var done = 0;
    var tried = true;
    var raw = 0;
    items.forEach(function (item, i) {
      if (item.kind === 'lesson') {
        done += state.seen.indexOf(i) >= 0 ? 1 : 0;
      } else {
        var quiz = quizState(item);
        done += quiz.tries > 0 ? 1 : 0;
        tried = tried && quiz.tries > 0;
        raw += quiz.best || 0;
      }
    });
    var max = data.scoredQuestions;
    var scaled = max > 0 ? raw / max : null;
    var passed = max > 0 && tried ? scaled + 1e-9 >= mastery : null;
    var completed = done === items.length;
    return {
      state: JSON.stringify(state),
      location: items[current].id,
      done: done,
      total: items.length,
      progress: items.length === 0 ? 1 : done / items.length,
      completed: completed,
      passed: passed,
      raw: raw,
      max: max,
      scaled: scaled,
      finished: completed && (max === 0 || passed === true)
    };
  }

  function changed() {
    var now = status();
    var line = text('player.progress', [now.done, now.total]);
    if (now.finished) {
      line += ' ' + text(now.max > 0 ? 'export.course-passed' : 'export.course-completed');
    }
    document.getElementById('course-progress').textContent = line;
    items.forEach(function (item, i) {
      var link = document.querySelector('.toc a[href="#' + item.id + '"]');
      var done = item.kind === 'lesson' ? state.seen.indexOf(i) >= 0 : quizState(item).tries > 0;
      if (done && !link.querySelector('.toc-done')) {
        var mark = document.createElement('span');
        mark.className = 'toc-done';
        mark.textContent = ' (' + text('player.done') + ')';
        link.appendChild(mark);
      }
    });
    if (recording && !exited) {
      runtime.save(now);
    }
  }

  function exit(unloading) {
    if (exited) {
      return;
    }
    var now = status();
    exited = true;
    var ended = recording ? runtime.exit(now, unloading) : Promise.resolve();
    if (!unloading) {
      ended.then(function () {
        document.getElementById('course-notice').textContent = text('export.exited');
        document.querySelectorAll('.pager button, .quiz-actions button').forEach(function (b) { b.disabled = true; });
      });
    }
  }

  function restore(saved) {
    if (!saved || saved.v !== 1) {
      return;
    }
    state.seen = Array.isArray(saved.seen) ? saved.seen.filter(function (i) { return i >= 0 && i < items.length; }) : [];
    state.quizzes = saved.quizzes && typeof saved.quizzes === 'object' ? saved.quizzes : {};
  }

  function setUp(started) {
    document.documentElement.classList.remove('no-js');
    if (started.notice) {
      document.getElementById('course-notice').textContent = text(started.notice);
    }
    if (typeof started.masteryScore === 'number' && isFinite(started.masteryScore)) {
      mastery = started.masteryScore;
    }
    var saved = null;
    try {
      saved = typeof started.state === 'string' && started.state ? JSON.parse(started.state) : null;
    } catch (e) {
      saved = null;
    }
    restore(saved);
    items.forEach(function (item) {
      if (item.kind !== 'quiz') {
        return;
      }
      var form = document.getElementById(item.id).querySelector('form');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        handIn(item, form);
      });
      form.querySelector('.retry').addEventListener('click', function () { retry(item, form); });
      renderQuiz(item, form, true);
    });
    document.querySelector('[data-go="previous"]').addEventListener('click', function () { show(current - 1, true); });
    document.querySelector('[data-go="next"]').addEventListener('click', function () { show(current + 1, true); });
    document.querySelector('[data-go="exit"]').addEventListener('click', function () { exit(false); });
    window.addEventListener('hashchange', function () {
      var index = sectionIndex(window.location.hash);
      if (index >= 0 && index !== current) {
        show(index, true);
      }
    });
    window.addEventListener('pagehide', function () { exit(true); });
    recording = started.tracking === true;
    var linked = sectionIndex(window.location.hash);
    var bookmark = sectionIndex(started.location);
    show(linked >= 0 ? linked : (bookmark >= 0 ? bookmark : 0), false);
  }

  runtime.start().then(setUp, function () { setUp({ tracking: false, notice: 'export.no-connection' }); });
})();
