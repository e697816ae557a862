// Thin wrappers for the parts of ncursesw that Swift cannot import:
// function-like macros, attribute constants and C globals.
#ifndef TURKLINK_CNCURSES_SHIM_H
#define TURKLINK_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *tl_stdscr(void) { return stdscr; }
static inline int tl_lines(void) { return LINES; }
static inline int tl_cols(void) { return COLS; }

static inline attr_t tl_attr_bold(void) { return A_BOLD; }
static inline attr_t tl_attr_dim(void) { return A_DIM; }
static inline attr_t tl_attr_reverse(void) { return A_REVERSE; }
static inline attr_t tl_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t tl_attr_normal(void) { return A_NORMAL; }
static inline int tl_color_pair(int n) { return (int)COLOR_PAIR(n); }

// Key codes that `define_key` assigns to the bracketed-paste markers.
static inline int tl_key_paste_begin(void) { return KEY_MAX + 1; }
static inline int tl_key_paste_end(void) { return KEY_MAX + 2; }
static inline int tl_key_code_yes(void) { return KEY_CODE_YES; }

// Reads one byte or key code from stdscr (UTF-8 is left to the caller);
// returns OK, KEY_CODE_YES or ERR (timeout) like `get_wch`.
static inline int tl_get_byte(unsigned int *out) {
  int value = wgetch(stdscr);
  if (value == ERR) return ERR;
  *out = (unsigned int)value;
  return value >= KEY_MIN ? KEY_CODE_YES : OK;
}

// Sets the attributes and colour pair for what is drawn next on stdscr.
static inline int tl_attr_set(attr_t attributes, int pair) {
  return wattr_set(stdscr, attributes, (short)pair, NULL);
}

static inline int tl_timeout(int milliseconds) {
  wtimeout(stdscr, milliseconds);
  return OK;
}

static inline int tl_keypad_on(void) { return keypad(stdscr, TRUE); }
static inline int tl_erase(void) { return werase(stdscr); }
static inline int tl_refresh(void) { return wrefresh(stdscr); }
static inline int tl_move(int row, int column) { return wmove(stdscr, row, column); }
static inline int tl_mvaddstr(int row, int column, const char *text) {
  return mvwaddstr(stdscr, row, column, text);
}
static inline int tl_colors(void) { return COLORS; }
static inline int tl_clearok(void) { return clearok(stdscr, TRUE); }

#endif
