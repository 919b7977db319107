;;; lsp-mode.el --- tests/emacs.test.ts: docs/editors.md's lsp-mode 8 setup, driven in batch mode  -*- lexical-binding: t; -*-
;;
;; As eglot.el, with lsp-mode 8.0 (Debian's), whose Markdown client is `lsp-markdown'. The server is
;; found as `strategy-lint-language-server' on PATH, as a user's global install gives it.

(require 'lsp-mode)
(require 'markdown-mode)
(load (expand-file-name "wait.el" (file-name-directory load-file-name)) nil t)

;; docs/editors.md, lsp-mode 8:
(setq lsp-markdown-server-command "strategy-lint-language-server"
      lsp-markdown-server-command-args '("--stdio"))
(add-hook 'markdown-mode-hook #'lsp-deferred)

;; The harness: no session file in $HOME, no prompt for the project root, no modeline or snippet modules
;; (not loaded in batch mode), the diagnostics kept by lsp-mode itself rather than shown by Flycheck,
;; and a change sent at once: lsp-mode sends it from an idle timer, and a batch session is never idle.
(setq lsp-session-file (expand-file-name "lsp-session" (getenv "ROOT"))
      lsp-auto-guess-root t
      lsp-enable-file-watchers nil
      lsp-enable-snippet nil
      lsp-modeline-workspace-status-enable nil
      lsp-modeline-diagnostics-enable nil
      lsp-modeline-code-actions-enable nil
      lsp-headerline-breadcrumb-enable nil
      lsp-diagnostics-provider :none
      lsp-restart 'ignore
      lsp-debounce-full-sync-notifications nil)

(defun check--diagnostics ()
  (gethash (lsp--fix-path-casing buffer-file-name) (lsp-diagnostics t)))

(defun check--near-miss ()
  (seq-find (lambda (d) (string-match-p "looks like the required section" (lsp:diagnostic-message d)))
            (check--diagnostics)))

(defun check--messages ()
  (check--sorted (mapcar #'lsp:diagnostic-message (check--diagnostics))))

(check--run
 (lambda ()
   (find-file (getenv "DOC_FILE"))
   ;; lsp-deferred connects from an idle timer once the buffer shows in a window; a batch session is
   ;; never idle, so do what that timer does.
   (unless (lsp--init-if-visible)
     (check--finish '((error . "lsp-deferred did not start: the buffer is not visible"))))
   (unless (check--wait #'check--near-miss 30)
     (check--finish `((error . "no near-miss diagnostic") (diagnostics . ,(check--messages)))))
   (let* ((before (check--messages))
          (line (1+ (lsp:position-line (lsp:range-start (lsp:diagnostic-range (check--near-miss))))))
          (actions (progn (goto-char (point-min)) (forward-line (1- line)) (lsp-code-actions-at-point)))
          (workspace (car (lsp-workspaces))))
     (unless actions (check--finish `((error . "no code action") (before . ,before))))
     (lsp-execute-code-action (seq-first actions))
     (let* ((fixed (check--wait (lambda () (null (check--near-miss))) 30))
            (after (check--messages))
            (process (lsp--workspace-proc workspace))
            (running (process-live-p process)))
       (lsp-workspace-shutdown workspace)
       (check--finish
        `((before . ,before)
          (titles . ,(vconcat (seq-map #'lsp:code-action-title actions)))
          (fixed . ,(check--bool fixed))
          (after . ,after)
          (heading . ,(check--line line))
          (running . ,(check--bool running))
          (exited . ,(check--bool (check--wait (lambda () (not (process-live-p process))) 10)))))))))
