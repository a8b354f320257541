DELETE FROM dbo.segments WHERE id = @Id;
