package org.huzhu.platform.api.tabular;

import java.util.List;

/**
 * The rows of an uploaded list: the header row's cells and every following non-empty row with its row number
 * as the user sees it in their spreadsheet program (the header is row 1).
 */
public record Table(List<String> header, List<Row> rows) {

    /** One data row; {@code number} counts from 1 at the header, as spreadsheet programs do. */
    public record Row(int number, List<String> cells) {

        /** The cell in the given column, stripped; empty when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }
}
