package org.custodian.core.store;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultBinding;
import org.jooq.impl.SQLDataType;

/**
 * A VARBINARY bind value sent as plain bytes. jOOQ 3.19 binds every byte[] for H2 as a Blob, which makes H2 write
 * a temporary LOB into the store for each value; for the 32-byte MACs of a bulk load that was a large share of
 * the work. Used for bind values only, so the stored bytes are the same either way.
 */
public final class PlainBytes implements Binding<byte[], byte[]> {

    private static final long serialVersionUID = 1L;
    public static final DataType<byte[]> TYPE = SQLDataType.VARBINARY.asConvertedDataType(new PlainBytes());
    private final transient Binding<byte[], byte[]> standard = DefaultBinding.binding(SQLDataType.VARBINARY);

    private PlainBytes() {
    }

    /** A bind value placeholder of this type, for batch statements. */
    public static Field<byte[]> placeholder() {
        return DSL.val(null, TYPE);
    }

    @Override
    public Converter<byte[], byte[]> converter() {
        return standard.converter();
    }

    @Override
    public void sql(BindingSQLContext<byte[]> ctx) throws SQLException {
        standard.sql(ctx);
    }

    @Override
    public void register(BindingRegisterContext<byte[]> ctx) throws SQLException {
        standard.register(ctx);
    }

    @Override
    public void set(BindingSetStatementContext<byte[]> ctx) throws SQLException {
        ctx.statement().setBytes(ctx.index(), ctx.value());
    }

    @Override
    public void set(BindingSetSQLOutputContext<byte[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("not a user-defined type");
    }

    @Override
    public void get(BindingGetResultSetContext<byte[]> ctx) throws SQLException {
        standard.get(ctx);
    }

    @Override
    public void get(BindingGetStatementContext<byte[]> ctx) throws SQLException {
        standard.get(ctx);
    }

    @Override
    public void get(BindingGetSQLInputContext<byte[]> ctx) throws SQLException {
        standard.get(ctx);
    }
}
