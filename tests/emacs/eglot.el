;;; eglot.el --- tests/emacs.test.ts: docs/editors.md's Eglot setup, driven in batch mode  -*- lexical-binding: t; -*-
;;
;; Opens DOC_FILE (a strategy with a misspelt heading), waits for the diagnostic Flymake shows, asks for
;; the quick fixes, applies the one offered, waits for the diagnostic to clear, shuts the server down as
;; `M-x eglot-shutdown' does, and writes what it saw to RESULT_FILE as JSON. The server is started by
;; the Node.js running the tests (NODE) from this checkout (SERVER_BIN).

(require 'eglot)
(require 'markdown-mode)
(require 'json)
(load (expand-file-name "wait.el" (file-name-directory load-file-name)) nil t)

(setq eglot-sync-connect 30)
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `((markdown-mode gfm-mode) . (,(getenv "NODE") ,(getenv "SERVER_BIN") "--stdio"))))
(add-hook 'markdown-mode-hook #'eglot-ensure)

(defun check--near-miss ()
  (seq-find (lambda (d) (string-match-p "looks like the required section" (flymake-diagnostic-text d)))
            (flymake-diagnostics)))

(defun check--messages ()
  (check--sorted (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))

(check--run
 (lambda ()
   (find-file (getenv "DOC_FILE"))
   ;; eglot-ensure connects after the next command; a batch session runs none, so run the hook as one would.
   (run-hooks 'post-command-hook)
   (unless (check--wait #'check--near-miss 30)
     (check--finish `((error . "no near-miss diagnostic") (diagnostics . ,(check--messages)))))
   (let* ((before (check--messages))
          (target (check--near-miss))
          (line (line-number-at-pos (flymake-diagnostic-beg target)))
          (actions (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) "quickfix"))
          (server (eglot-current-server)))
     (unless actions (check--finish `((error . "no code action") (before . ,before))))
     (eglot--apply-workspace-edit (plist-get (car actions) :edit))
     ;; Eglot sends a change from an idle timer, half a second after typing stops; a batch session is
     ;; never idle, so send it as that timer would.
     (eglot--signal-textDocument/didChange)
     (let* ((fixed (check--wait (lambda () (null (check--near-miss))) 30))
            (after (check--messages))
            (running (jsonrpc-running-p server)))
       (eglot-shutdown server)
       (check--finish
        `((before . ,before)
          (titles . ,(vconcat (mapcar (lambda (action) (plist-get action :title)) actions)))
          (fixed . ,(check--bool fixed))
          (after . ,after)
          (heading . ,(check--line line))
          (running . ,(check--bool running))
          (exited . ,(check--bool (check--wait (lambda () (not (jsonrpc-running-p server))) 10)))))))))
