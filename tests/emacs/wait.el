;;; wait.el --- what tests/emacs/eglot.el and lsp-mode.el share  -*- lexical-binding: t; -*-

(require 'json)
(require 'seq)

(defun check--finish (result)
  "Write RESULT to RESULT_FILE as JSON and leave Emacs."
  (with-temp-file (getenv "RESULT_FILE") (insert (json-encode result)))
  (kill-emacs 0))

(defun check--wait (predicate seconds)
  "Read the server's output until PREDICATE holds or SECONDS pass; what PREDICATE gave last."
  (let ((deadline (+ (float-time) seconds)) (done nil))
    (while (and (not (setq done (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    done))

(defun check--sorted (strings)
  (vconcat (sort (copy-sequence strings) #'string<)))

(defun check--bool (value)
  (if value t :json-false))

(defun check--line (line)
  "The text of LINE in the current buffer."
  (save-excursion
    (goto-char (point-min))
    (forward-line (1- line))
    (buffer-substring-no-properties (line-beginning-position) (line-end-position))))

(defun check--run (body)
  "Call BODY; an error it signals is written as the result."
  (condition-case err
      (funcall body)
    (error (check--finish `((error . ,(error-message-string err)))))))
