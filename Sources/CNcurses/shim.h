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

#endif
