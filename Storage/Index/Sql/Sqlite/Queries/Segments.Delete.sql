DELETE FROM segments WHERE id = @Id;
